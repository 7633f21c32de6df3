using Observatory.Projections.Feedback;
namespace Observatory.Projections.Evaluations;

public static partial class EvaluationReport
{
    private static IEnumerable<Block> Timeline(TimelineSection t)
    {
        yield return new Heading(2, "2. Timeline");
        yield return new Heading(3, "Meetings");
        yield return t.Meetings.Count == 0 ? new Paragraph("No meeting in the cycle.")
            : new Table(["Dates", "Kind", "Host", "Place", "Theme", "Partners", "People", "Online audience"],
                [.. t.Meetings.Select(m => (IReadOnlyList<string>)[Show.Span(m.StartsOn, m.EndsOn), m.Kind, m.HostPartnerId, m.Place ?? "online",
                    m.Theme, N(m.Partners), Show.Number(m.People), Show.Number(m.OnlineAudience)])]);
        yield return new Heading(3, "Practices shared");
        yield return t.Practices.Count == 0 ? new Paragraph("No practice shared in the cycle.")
            : new Table(["Shared on", "Practice", "Partner", "Thematic areas", "Where"],
                [.. t.Practices.Select(p => (IReadOnlyList<string>)[Show.Day(p.SharedOn), p.Title, p.PartnerId, string.Join(", ", p.ThematicAreas), p.MeetingStream ?? "—"])]);
        yield return new Heading(3, "Information activities");
        yield return t.InformationActivities.Count == 0 ? new Paragraph("No information activity in the cycle.")
            : new Table(["Held on", "Partner", "Kind", "Territory", "Title", "Audience"],
                [.. t.InformationActivities.Select(a => (IReadOnlyList<string>)[Show.Day(a.HeldOn), a.PartnerId, a.Kind, a.Territory, a.Title ?? "—", Show.Number(a.Audience)])]);
        yield return new Heading(3, "Activity per quarter");
        yield return new Table(["Quarter", "Shared", "Hosted", "Attended", "Published", "Communicated", "Total"],
            [.. t.Quarters.Select(q => (IReadOnlyList<string>)[q.Quarter, N(q.Counts.Shared), N(q.Counts.Hosted), N(q.Counts.Attended),
                N(q.Counts.Published), N(q.Counts.Communicated), N(q.Counts.Total)])]);
        yield return new Heading(3, "Silences at the end of the cycle");
        yield return new Table(["Partner", "First active", "Last active", "Longest silence (months)", "From", "Silent now (months)"],
            [.. t.Silences.Select(s => (IReadOnlyList<string>)[s.PartnerId, s.FirstActiveMonth ?? "—", s.LastActiveMonth ?? "—",
                N(s.LongestSilenceMonths), s.LongestSilenceFrom ?? "—", N(s.CurrentSilenceMonths)])]);
        yield return new Paragraph(t.SilentPartners.Count == 0 ? "No partner was silent for more than 3 months at the end of the cycle."
            : $"Silent for more than 3 months at the end of the cycle: {string.Join(", ", t.SilentPartners)}.");
    }

    private static IEnumerable<Block> Groups(EvaluationDocument d)
    {
        yield return new Heading(2, "5. Working groups");
        var g = d.WorkingGroups;
        yield return g.Groups.Count == 0 ? new Paragraph("No working group was set up or open in the cycle.")
            : new Table(["Group", "Topic", "Lead", "Area", "Formed", "Closed", "Members"],
                [.. g.Groups.Select(w => (IReadOnlyList<string>)[w.Stream, w.Topic, w.LeadPartnerId, w.ThematicArea ?? "—", Show.Day(w.FormedOn),
                    Show.Day(w.ClosedOn), string.Join(", ", w.Members)])]);
        yield return new Paragraph($"Set up in the cycle: {g.SetUpInPeriod}.");
    }

    private static IEnumerable<Block> Resources(EvaluationDocument d)
    {
        yield return new Heading(2, "6. Resources");
        var r = d.Resources;
        yield return r.Items.Count == 0 ? new Paragraph("No resource was published in the cycle.")
            : new Table(["Published", "Kind", "Title", "Language", "Country", "Origin"],
                [.. r.Items.Select(i => (IReadOnlyList<string>)[Show.Day(i.PublishedOn), i.Kind, i.Title, i.Language, i.Country, i.Origin])]);
        yield return new Paragraph($"{r.Items.Count} resources: {r.FromPartners} from partners, {r.External} from outside the network. "
            + $"By kind: {Show.Counts(r.ByKind)}. By language: {Show.Counts(r.ByLanguage)}.");
    }

    private static IEnumerable<Block> Migrants(EvaluationDocument d)
    {
        yield return new Heading(2, "8. Migrant participation in planning");
        var m = d.MigrantParticipation;
        yield return m.Lines.Count == 0 ? new Paragraph("No migrant representative was recorded as involved in planning in the cycle.")
            : new Table(["On", "Role", "Involved in", "Partner"],
                [.. m.Lines.Select(l => (IReadOnlyList<string>)[Show.Day(l.InvolvedOn), l.Role, l.InvolvedIn, l.PartnerId ?? "—"])]);
        var c = d.Consultations;
        yield return c.Consultations.Count == 0 ? new Paragraph("No migrant consultation was held for the plan in the cycle.")
            : new Table(["Held on", "Format", "Participants", "Languages", "Inputs"],
                [.. c.Consultations.Select(l => (IReadOnlyList<string>)[Show.Day(l.HeldOn), l.Format,
                    l.Participants.Suppressed ? $"fewer than {FeedbackView.MinimumCell}" : $"{l.Participants.Key}", string.Join(", ", l.Languages),
                    l.Inputs.ToString(System.Globalization.CultureInfo.InvariantCulture)])]);
    }

    private static IEnumerable<Block> Outcomes(OutcomesSection o)
    {
        yield return new Heading(2, "9. Conclusions, recommendations and follow-ups");
        yield return new Heading(3, $"Conclusions ({o.Conclusions.Count})");
        yield return o.Conclusions.Count == 0 ? new Paragraph("No conclusion was adopted in the cycle.")
            : new Table(["Adopted", "Where", "No.", "Conclusion"],
                [.. o.Conclusions.Select(c => (IReadOnlyList<string>)[Show.Day(c.AdoptedOn), c.MeetingStream ?? "network-wide", N(c.Number), c.Text])]);
        yield return new Heading(3, $"Recommendations ({o.Recommendations.Count})");
        yield return o.Recommendations.Count == 0 ? new Paragraph("No recommendation was adopted or followed up in the cycle.")
            : new Table(["Adopted", "No.", "Recommendation", "Status at the end", "Follow-ups"],
                [.. o.Recommendations.Select(r => (IReadOnlyList<string>)[Show.Day(r.AdoptedOn), N(r.Number), r.Text, r.Status,
                    r.FollowUps.Count == 0 ? "—" : string.Join("; ", r.FollowUps.Select(f => $"{Show.Day(f.On)} {f.Status}: {f.Action}"))])]);
        yield return new Paragraph($"Recommendations by status: {Show.Counts(o.RecommendationsByStatus)}. Follow-ups recorded in the cycle: {o.FollowUpsInPeriod}.");
    }

    private static IEnumerable<Block> Plan(PlanSection p)
    {
        yield return new Heading(2, "10. Year plan");
        if (p.Targets.Count == 0 && p.Tasks.Count == 0)
        {
            yield return new Paragraph("No targets or tasks were planned for this cycle.");
            yield break;
        }
        yield return new Table(["Indicator", "Target", "From", "To"],
            [.. p.Targets.Select(t => (IReadOnlyList<string>)[t.IndicatorKey, Show.Number(t.TargetValue), Show.Day(t.StartsOn), Show.Day(t.EndsOn)])]);
        yield return new Table(["Due", "Task", "Partner", "Area"],
            [.. p.Tasks.Select(t => (IReadOnlyList<string>)[Show.Day(t.DueOn), $"{t.Title} ({t.TaskId})", t.PartnerId, t.ThematicArea ?? "—"])]);
    }

    private static IEnumerable<Block> Comparison(ComparisonSection c)
    {
        yield return new Heading(2, "11. Comparison with the previous cycle");
        if (c.Previous == ComparisonSection.None)
        {
            yield return new Paragraph("Previous cycle: none. This is the network's first cycle.");
            yield break;
        }
        yield return new Paragraph($"Previous cycle: {c.Previous} ({Show.Span(c.From!.Value, c.To!.Value)}).");
        yield return new Table(["Measure", "This cycle", "Previous", "Change"],
            [.. c.Measures.Select(m => (IReadOnlyList<string>)[m.Measure, Show.Number(m.Current), Show.Number(m.Previous),
                (m.Change > 0 ? "+" : "") + Show.Number(m.Change)])]);
    }
}
