using Observatory.Projections.Roster;

namespace Observatory.Projections.Recommendations;

public sealed record FollowUp(string Action, string Status, string? PartnerId, DateOnly On);

/// <summary>
/// A conclusion or recommendation with its follow-ups in log order. <see cref="Status"/> is the latest follow-up's
/// status, or "adopted" when nothing followed yet (conclusions are never followed up).
/// </summary>
public sealed record Outcome(string Stream, string Kind, int Number, string Text, string? MeetingStream, DateOnly AdoptedOn,
    string Status, IReadOnlyList<FollowUp> FollowUps);

public sealed record OutcomeList(IReadOnlyList<Outcome> Conclusions, IReadOnlyList<Outcome> Recommendations,
    IReadOnlyDictionary<string, int> RecommendationsByStatus);

public static class RecommendationsView
{
    public const string Adopted = "adopted";

    public static OutcomeList Build(RecommendationsState state)
    {
        var followUps = state.FollowUps.Values.OrderBy(f => f.Meta.Position).GroupBy(f => f.Meta.Stream, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(f => new FollowUp(f.Fact.Action, Keys.Of(f.Fact.Status), f.Fact.PartnerId, f.Meta.OccurredOn)).ToList(),
                StringComparer.Ordinal);
        var conclusions = state.Conclusions.Values.Select(c => Outcome(c.Meta, "conclusion", c.Fact.Number, c.Fact.Text, c.Fact.MeetingStream, followUps));
        var recommendations = state.Recommendations.Values.Select(r => Outcome(r.Meta, "recommendation", r.Fact.Number, r.Fact.Text, r.Fact.MeetingStream, followUps)).ToList();
        return new OutcomeList(Ordered(conclusions), Ordered(recommendations),
            new SortedDictionary<string, int>(recommendations.GroupBy(r => r.Status).ToDictionary(g => g.Key, g => g.Count()), StringComparer.Ordinal));
    }

    private static Outcome Outcome(Facts.FactMeta meta, string kind, int number, string text, string? meeting, Dictionary<string, List<FollowUp>> followUps)
    {
        var mine = followUps.GetValueOrDefault(meta.Stream) ?? [];
        return new Outcome(meta.Stream, kind, number, text, meeting, meta.OccurredOn, mine.Count > 0 ? mine[^1].Status : Adopted, mine);
    }

    // Network-wide outcomes first, then by meeting, each by number: the order the report lists them in.
    private static IReadOnlyList<Outcome> Ordered(IEnumerable<Outcome> outcomes) =>
        [.. outcomes.OrderBy(o => o.AdoptedOn).ThenBy(o => o.MeetingStream ?? "", StringComparer.Ordinal).ThenBy(o => o.Number)];
}
