using Observatory.Projections.Periods;
using Observatory.Projections.Roster;
using Observatory.Projections.Sharing;

namespace Observatory.Projections.Participation;

/// <summary>
/// <see cref="Period"/> limits the facts (all of them when left out); a partner whose share of all hosting, attending,
/// sharing and publishing is below <see cref="BelowShare"/> is named in the balance's <c>BelowThreshold</c>.
/// </summary>
public sealed record ParticipationQuery(Period? Period = null, decimal BelowShare = 0.05m);

public sealed record PartnerParticipation(string PartnerId, string Name, string Country,
    int Hosted, int Attended, int Shared, int Published, int Total, decimal Share);

public sealed record ParticipationBalance(
    IReadOnlyList<PartnerParticipation> Partners,
    int Total,
    IReadOnlyList<string> BelowThreshold,
    IReadOnlyDictionary<string, int> MeetingsByKind);

public static class ParticipationView
{
    public static ParticipationBalance Build(ParticipationState state, ParticipationQuery query)
    {
        var partners = RosterView.Partners(state.Roster);
        var inPeriod = (DateOnly day) => query.Period?.Contains(day) ?? true;
        var activities = SharingActivities.Of(state.Sharing)
            .Where(a => a.Kind != ActivityKind.Communicated && inPeriod(a.On))
            .GroupBy(a => a.PartnerId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var total = activities.Values.Sum(a => a.Count);

        var rows = partners.Keys.Union(activities.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(id =>
        {
            var mine = activities.GetValueOrDefault(id) ?? [];
            int Count(ActivityKind kind) => mine.Count(a => a.Kind == kind);
            return new PartnerParticipation(id, partners.TryGetValue(id, out var p) ? p.Name : id, RosterView.CountryOf(partners, id),
                Count(ActivityKind.Hosted), Count(ActivityKind.Attended), Count(ActivityKind.Shared), Count(ActivityKind.Published),
                mine.Count, total == 0 ? 0 : Math.Round((decimal)mine.Count / total, 4));
        }).ToList();

        var meetings = state.Sharing.Meetings.Values.Where(m => inPeriod(m.Fact.StartsOn))
            .GroupBy(m => Keys.Of(m.Fact.Kind))
            .ToDictionary(g => g.Key, g => g.Count());
        return new ParticipationBalance(rows, total,
            [.. rows.Where(r => r.Share < query.BelowShare).Select(r => r.PartnerId)],
            new SortedDictionary<string, int>(meetings, StringComparer.Ordinal));
    }
}
