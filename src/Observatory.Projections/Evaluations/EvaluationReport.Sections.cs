using Observatory.Projections.Feedback;

namespace Observatory.Projections.Evaluations;

public static partial class EvaluationReport
{
    private static IEnumerable<Block> Timeline(TimelineSection t, EvaluationWording w)
    {
        yield return new Heading(2, w["evaldoc.timeline"]);
        yield return new Heading(3, w["evaldoc.meetings"]);
        yield return t.Meetings.Count == 0 ? new Paragraph(w["evaldoc.meetings.none"])
            : new Table(Headers(w, "dates", "kind", "host", "place", "theme", "partners", "people", "online-audience"),
                [.. t.Meetings.Select(m => (IReadOnlyList<string>)[w.Span(m.StartsOn, m.EndsOn), w.Term("meeting-kind", m.Kind), m.HostPartnerId,
                    m.Place ?? w["evaldoc.meetings.online"], m.Theme, N(m.Partners, w), w.Number(m.People), w.Number(m.OnlineAudience)])]);
        yield return new Heading(3, w["evaldoc.practices"]);
        yield return t.Practices.Count == 0 ? new Paragraph(w["evaldoc.practices.none"])
            : new Table(Headers(w, "shared-on", "practice", "partner", "areas", "where"),
                [.. t.Practices.Select(p => (IReadOnlyList<string>)[w.Day(p.SharedOn), p.Title, p.PartnerId,
                    string.Join(", ", p.ThematicAreas.Select(a => w.Term("area", a))), p.MeetingStream ?? "—"])]);
        yield return new Heading(3, w["evaldoc.activities"]);
        yield return t.InformationActivities.Count == 0 ? new Paragraph(w["evaldoc.activities.none"])
            : new Table(Headers(w, "held-on", "partner", "kind", "territory", "title", "audience"),
                [.. t.InformationActivities.Select(a => (IReadOnlyList<string>)[w.Day(a.HeldOn), a.PartnerId, a.Kind, a.Territory, a.Title ?? "—", w.Number(a.Audience)])]);
        yield return new Heading(3, w["evaldoc.quarters"]);
        yield return new Table(Headers(w, "quarter", "shared", "hosted", "attended", "published", "communicated", "total"),
            [.. t.Quarters.Select(q => (IReadOnlyList<string>)[q.Quarter, N(q.Counts.Shared, w), N(q.Counts.Hosted, w), N(q.Counts.Attended, w),
                N(q.Counts.Published, w), N(q.Counts.Communicated, w), N(q.Counts.Total, w)])]);
        yield return new Heading(3, w["evaldoc.silences"]);
        yield return new Table(Headers(w, "partner", "first-active", "last-active", "longest-silence", "from", "silent-now"),
            [.. t.Silences.Select(s => (IReadOnlyList<string>)[s.PartnerId, s.FirstActiveMonth ?? "—", s.LastActiveMonth ?? "—",
                N(s.LongestSilenceMonths, w), s.LongestSilenceFrom ?? "—", N(s.CurrentSilenceMonths, w)])]);
        yield return new Paragraph(t.SilentPartners.Count == 0 ? w["evaldoc.silences.none"]
            : w.Format("evaldoc.silences.some", string.Join(", ", t.SilentPartners)));
    }

    private static IEnumerable<Block> Groups(EvaluationDocument d, EvaluationWording w)
    {
        yield return new Heading(2, w["evaldoc.groups"]);
        var g = d.WorkingGroups;
        yield return g.Groups.Count == 0 ? new Paragraph(w["evaldoc.groups.none"])
            : new Table(Headers(w, "group", "topic", "lead", "area", "formed", "closed", "members"),
                [.. g.Groups.Select(x => (IReadOnlyList<string>)[x.Stream, x.Topic, x.LeadPartnerId, x.ThematicArea is { } area ? w.Term("area", area) : "—",
                    w.Day(x.FormedOn), w.Day(x.ClosedOn), string.Join(", ", x.Members)])]);
        yield return new Paragraph(w.Format("evaldoc.groups.set-up", g.SetUpInPeriod));
    }

    private static IEnumerable<Block> Resources(EvaluationDocument d, EvaluationWording w)
    {
        yield return new Heading(2, w["evaldoc.resources"]);
        var r = d.Resources;
        yield return r.Items.Count == 0 ? new Paragraph(w["evaldoc.resources.none"])
            : new Table(Headers(w, "published", "kind", "title", "language", "country", "origin"),
                [.. r.Items.Select(i => (IReadOnlyList<string>)[w.Day(i.PublishedOn), i.Kind, i.Title, i.Language, i.Country, i.Origin])]);
        yield return new Paragraph(w.Format("evaldoc.resources.summary", r.Items.Count, r.FromPartners, r.External, w.Counts(r.ByKind), w.Counts(r.ByLanguage)));
    }

    private static IEnumerable<Block> Migrants(EvaluationDocument d, EvaluationWording w)
    {
        yield return new Heading(2, w["evaldoc.migrants"]);
        var m = d.MigrantParticipation;
        yield return m.Lines.Count == 0 ? new Paragraph(w["evaldoc.migrants.none"])
            : new Table(Headers(w, "on", "role", "involved-in", "partner"),
                [.. m.Lines.Select(l => (IReadOnlyList<string>)[w.Day(l.InvolvedOn), l.Role, l.InvolvedIn, l.PartnerId ?? "—"])]);
        var c = d.Consultations;
        yield return c.Consultations.Count == 0 ? new Paragraph(w["evaldoc.consultations.none"])
            : new Table(Headers(w, "held-on", "format", "participants", "languages", "inputs"),
                [.. c.Consultations.Select(l => (IReadOnlyList<string>)[w.Day(l.HeldOn), l.Format,
                    l.Participants.Suppressed ? w.Format("evaldoc.fewer-than", FeedbackView.MinimumCell) : $"{l.Participants.Key}",
                    string.Join(", ", l.Languages), N(l.Inputs, w)])]);
    }

    private static IEnumerable<Block> Outcomes(OutcomesSection o, EvaluationWording w)
    {
        yield return new Heading(2, w["evaldoc.outcomes"]);
        yield return new Heading(3, w.Format("evaldoc.conclusions", o.Conclusions.Count));
        yield return o.Conclusions.Count == 0 ? new Paragraph(w["evaldoc.conclusions.none"])
            : new Table(Headers(w, "adopted", "where", "number", "conclusion"),
                [.. o.Conclusions.Select(c => (IReadOnlyList<string>)[w.Day(c.AdoptedOn), c.MeetingStream ?? w["evaldoc.network-wide"], N(c.Number, w), c.Text])]);
        yield return new Heading(3, w.Format("evaldoc.recommendations", o.Recommendations.Count));
        yield return o.Recommendations.Count == 0 ? new Paragraph(w["evaldoc.recommendations.none"])
            : new Table(Headers(w, "adopted", "number", "recommendation", "status-at-end", "follow-ups"),
                [.. o.Recommendations.Select(r => (IReadOnlyList<string>)[w.Day(r.AdoptedOn), N(r.Number, w), r.Text, w.Term("status", r.Status),
                    r.FollowUps.Count == 0 ? "—" : string.Join("; ", r.FollowUps.Select(f => $"{w.Day(f.On)} {w.Term("status", f.Status)}: {f.Action}"))])]);
        yield return new Paragraph(w.Format("evaldoc.recommendations.summary", w.Counts(o.RecommendationsByStatus, "status"), o.FollowUpsInPeriod));
    }

    private static IEnumerable<Block> Plan(PlanSection p, EvaluationWording w)
    {
        yield return new Heading(2, w["evaldoc.plan"]);
        if (p.Targets.Count == 0 && p.Tasks.Count == 0)
        {
            yield return new Paragraph(w["evaldoc.plan.none"]);
            yield break;
        }
        yield return new Table(Headers(w, "indicator", "target", "from", "to"),
            [.. p.Targets.Select(t => (IReadOnlyList<string>)[t.IndicatorKey, w.Number(t.TargetValue), w.Day(t.StartsOn), w.Day(t.EndsOn)])]);
        yield return Tasks(p.Tasks, w);
    }

    /// <summary>A plan's tasks: the same table in the evaluation's plan and in the handover's incoming plan.</summary>
    internal static Table Tasks(IReadOnlyList<TaskLine> tasks, EvaluationWording w) =>
        new(Headers(w, "due", "task", "partner", "area"),
            [.. tasks.Select(t => (IReadOnlyList<string>)[w.Day(t.DueOn), $"{t.Title} ({t.TaskId})", t.PartnerId, t.ThematicArea is { } area ? w.Term("area", area) : "—"])]);

    private static IEnumerable<Block> Comparison(ComparisonSection c, EvaluationWording w)
    {
        yield return new Heading(2, w["evaldoc.comparison"]);
        if (c.Previous == ComparisonSection.None)
        {
            yield return new Paragraph(w["evaldoc.comparison.first"]);
            yield break;
        }
        yield return new Paragraph(w.Format("evaldoc.comparison.previous", c.Previous, w.Span(c.From!.Value, c.To!.Value)));
        yield return new Table(Headers(w, "measure", "this-cycle", "previous", "change"),
            [.. c.Measures.Select(m => (IReadOnlyList<string>)[m.Measure, w.Number(m.Current), w.Number(m.Previous),
                (m.Change > 0 ? "+" : "") + w.Number(m.Change)])]);
    }
}
