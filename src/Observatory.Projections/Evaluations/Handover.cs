using Observatory.Domain.Recording;
using Observatory.Projections.Indicators;
using Observatory.Projections.Replay;

namespace Observatory.Projections.Evaluations;

/// <summary>
/// The outgoing leader's evaluation next to the incoming leader's first plan: what was reached against what is
/// planned next. <see cref="IncomingCycle"/> is the cycle of the next term (null while no cycle was opened for it).
/// </summary>
public sealed record HandoverView(string OutgoingPartnerId, string IncomingPartnerId, DateOnly HandedOverOn,
    EvaluationDocument Outgoing, string? IncomingCycle, PlanSection IncomingPlan);

public static class Handover
{
    /// <summary>The handover that ends <paramref name="outgoing"/>'s cycle, from <paramref name="events"/> (the same log the evaluation read, or later).</summary>
    public static HandoverView Build(EvaluationDocument outgoing, IReadOnlyList<RecordedEvent> events)
    {
        var terms = IndicatorsView.Terms(Replays.Run(IndicatorsProjection.Instance, events, AsOf.Now));
        var next = terms.Where(t => t.From > outgoing.Cycle.From).OrderBy(t => t.From).FirstOrDefault()
            ?? throw new EvaluationException("cycle", $"no leadership term follows {outgoing.Cycle.Stream}: there is no handover yet");
        var facts = CycleFacts.Of(events);
        var cycle = facts.Cycles.FirstOrDefault(c => c.StartsOn == next.From)
            ?? facts.Cycles.Where(c => c.StartsOn > outgoing.Cycle.To).OrderBy(c => c.StartsOn).FirstOrDefault();
        var plan = new PlanSection(
            [.. facts.Targets.Where(t => t.Stream == cycle?.Stream)
                .Select(t => new TargetLine(t.Target.IndicatorKey, t.Target.TargetValue, t.Target.StartsOn, t.Target.EndsOn))],
            [.. facts.Tasks.Where(t => t.Stream == cycle?.Stream).OrderBy(t => t.Task.DueOn).ThenBy(t => t.Task.TaskId, StringComparer.Ordinal)
                .Select(t => new TaskLine(t.Task.TaskId, t.Task.Title, t.Task.PartnerId, t.Task.DueOn,
                    t.Task.ThematicArea is { } area ? Roster.Keys.Of(area) : null))]);
        var outgoingLeader = outgoing.Cycle.Leaders.Count > 0 ? outgoing.Cycle.Leaders[^1].PartnerId : "(none)";
        return new HandoverView(outgoingLeader, next.PartnerId, next.From, outgoing, cycle?.Stream, plan);
    }

    public static string Markdown(HandoverView view) => MarkdownWriter.Write(Blocks(view));

    public static string Html(HandoverView view) => HtmlWriter.Write(Title(view), Blocks(view));

    public static string Title(HandoverView v) => $"Handover from {v.OutgoingPartnerId} to {v.IncomingPartnerId} on {Show.Day(v.HandedOverOn)}";

    public static IReadOnlyList<Block> Blocks(HandoverView v)
    {
        var o = v.Outgoing;
        var keys = o.Indicators.Select(i => i.Key).Concat(v.IncomingPlan.Targets.Select(t => t.IndicatorKey)).Distinct(StringComparer.Ordinal);
        return
        [
            new Heading(1, Title(v)),
            new Paragraph($"Outgoing: the evaluation of {o.Cycle.Stream} ({Show.Span(o.Cycle.From, o.Cycle.To)}), computed up to position {o.UpToPosition}. "
                + $"Incoming: the first plan of {v.IncomingPartnerId}, " + (v.IncomingCycle is null ? "for which no cycle has been opened yet." : $"cycle {v.IncomingCycle}.")),
            new Heading(2, "Indicators: reached, and planned next"),
            new Table(["Indicator", "Reached (outgoing)", "Target (outgoing)", "Attainment", "Target (incoming)"],
                [.. keys.Select(key =>
                {
                    var reached = o.Indicators.FirstOrDefault(i => i.Key == key && i.Measure == "stock") ?? o.Indicators.FirstOrDefault(i => i.Key == key);
                    var next = v.IncomingPlan.Targets.Where(t => t.IndicatorKey == key).Select(t => (decimal?)t.TargetValue).LastOrDefault();
                    return (IReadOnlyList<string>)[key, Show.Number(reached?.Value), Show.Number(reached?.Target), Show.Percent(reached?.Attainment), Show.Number(next)];
                })]),
            new Heading(2, "What the outgoing cycle did"),
            new BulletList(
            [
                $"{o.Timeline.Meetings.Count} meetings ({Show.Counts(o.Participation.MeetingsByKind)})",
                $"{o.Timeline.Practices.Count} practices shared, {o.Resources.Items.Count} resources published",
                $"{o.WorkingGroups.SetUpInPeriod} working groups set up",
                $"{o.MigrantParticipation.Involvements} migrant representative involvements in planning",
                $"{o.Outcomes.Recommendations.Count(r => r.Status is not ("done" or "dropped"))} recommendations still open: "
                    + (o.Outcomes.Recommendations.Where(r => r.Status is not ("done" or "dropped")).Select(r => $"#{r.Number}") is var open && open.Any() ? string.Join(", ", open) : "none"),
            ]),
            new Heading(2, "The incoming leader's first plan: tasks"),
            v.IncomingPlan.Tasks.Count == 0 ? new Paragraph("No task planned yet.")
                : new Table(["Due", "Task", "Partner", "Area"],
                    [.. v.IncomingPlan.Tasks.Select(t => (IReadOnlyList<string>)[Show.Day(t.DueOn), $"{t.Title} ({t.TaskId})", t.PartnerId, t.ThematicArea ?? "—"])]),
        ];
    }
}
