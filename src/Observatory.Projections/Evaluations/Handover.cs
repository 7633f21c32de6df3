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

    public static string Markdown(HandoverView view, EvaluationWording? wording = null) => MarkdownWriter.Write(Blocks(view, wording));

    public static string Html(HandoverView view, EvaluationWording? wording = null) =>
        HtmlWriter.Write(Title(view, wording), Blocks(view, wording), (wording ?? EvaluationWording.English).Language);

    public static string Title(HandoverView v, EvaluationWording? wording = null)
    {
        var w = wording ?? EvaluationWording.English;
        return w.Format("evaldoc.handover.title", v.OutgoingPartnerId, v.IncomingPartnerId, w.Day(v.HandedOverOn));
    }

    public static IReadOnlyList<Block> Blocks(HandoverView v, EvaluationWording? wording = null)
    {
        var w = wording ?? EvaluationWording.English;
        var o = v.Outgoing;
        var keys = o.Indicators.Select(i => i.Key).Concat(v.IncomingPlan.Targets.Select(t => t.IndicatorKey)).Distinct(StringComparer.Ordinal);
        var open = o.Outcomes.Recommendations.Where(r => r.Status is not ("done" or "dropped")).Select(r => $"#{r.Number}").ToList();
        return
        [
            new Heading(1, Title(v, w)),
            new Paragraph(w.Format("evaldoc.handover.intro", o.Cycle.Stream, w.Span(o.Cycle.From, o.Cycle.To), w.Number(o.UpToPosition), v.IncomingPartnerId)
                + (v.IncomingCycle is null ? w["evaldoc.handover.no-cycle"] : w.Format("evaldoc.handover.cycle", v.IncomingCycle))),
            new Heading(2, w["evaldoc.handover.indicators"]),
            new Table([.. new[] { "indicator", "reached-outgoing", "target-outgoing", "attainment", "target-incoming" }.Select(c => w["evaldoc.col." + c])],
                [.. keys.Select(key =>
                {
                    var reached = o.Indicators.FirstOrDefault(i => i.Key == key && i.Measure == "stock") ?? o.Indicators.FirstOrDefault(i => i.Key == key);
                    var next = v.IncomingPlan.Targets.Where(t => t.IndicatorKey == key).Select(t => (decimal?)t.TargetValue).LastOrDefault();
                    return (IReadOnlyList<string>)[key, w.Number(reached?.Value), w.Number(reached?.Target), w.Percent(reached?.Attainment), w.Number(next)];
                })]),
            new Heading(2, w["evaldoc.handover.did"]),
            new BulletList(
            [
                w.Format("evaldoc.handover.meetings", o.Timeline.Meetings.Count, w.Counts(o.Participation.MeetingsByKind, "meeting-kind")),
                w.Format("evaldoc.handover.practices", o.Timeline.Practices.Count, o.Resources.Items.Count),
                w.Format("evaldoc.handover.groups", o.WorkingGroups.SetUpInPeriod),
                w.Format("evaldoc.handover.involvements", o.MigrantParticipation.Involvements),
                w.Format("evaldoc.handover.open", open.Count, open.Count > 0 ? string.Join(", ", open) : w["evaldoc.handover.none-open"]),
            ]),
            new Heading(2, w["evaldoc.handover.plan"]),
            v.IncomingPlan.Tasks.Count == 0 ? new Paragraph(w["evaldoc.handover.no-task"]) : EvaluationReport.Tasks(v.IncomingPlan.Tasks, w),
        ];
    }
}
