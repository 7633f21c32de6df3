using Observatory.Domain.Evaluations;
using FirstIndicators = Observatory.Domain.Evaluations.Indicators;
using Observatory.Projections.Periods;
using Observatory.Projections.Roster;

namespace Observatory.Projections.Indicators;

/// <summary>
/// One indicator over one period. <see cref="Measure"/> is "stock" (active at the period's end) or "flow" (new in the
/// period). <see cref="Attainment"/> is value / target, null without a target (or a zero target).
/// </summary>
public sealed record IndicatorResult(
    string Key,
    string Measure,
    decimal Value,
    decimal? Target,
    decimal? Attainment,
    IReadOnlyDictionary<string, decimal> ByPartner,
    IReadOnlyDictionary<string, decimal> ByCountry);

public sealed record IndicatorDashboard(Period Period, IReadOnlyList<IndicatorResult> Indicators)
{
    public IndicatorResult Get(string key, string measure = "flow") =>
        Indicators.Single(i => i.Key == key && i.Measure == measure);
}

public static class IndicatorsView
{
    /// <summary>
    /// The report's three indicators for any period (see <see cref="Period"/> and <see cref="Terms"/>). Networked
    /// members are a stock (compared with the target) and a flow; resources and working groups are flows. Resources
    /// from outside the network count as shared: the network makes them available online.
    /// </summary>
    public static IndicatorDashboard Build(IndicatorsState state, Period period)
    {
        var partners = RosterView.Partners(state.Roster);
        var leftOn = state.MembersLeft.Values.GroupBy(e => e.Meta.Stream)
            .ToDictionary(g => g.Key, g => g.Min(e => e.Fact.LeftOn), StringComparer.Ordinal);
        var members = state.Members.Values.Select(m => (m.Meta.Stream, m.Fact.PartnerId, m.Fact.NetworkedOn)).ToList();

        var stock = members.Where(m => m.NetworkedOn <= period.To && !(leftOn.TryGetValue(m.Stream, out var left) && left <= period.To))
            .Select(m => m.PartnerId);
        var joined = members.Where(m => period.Contains(m.NetworkedOn)).Select(m => m.PartnerId);
        var resources = state.Resources.Values.Where(r => period.Contains(r.Meta.OccurredOn))
            .Select(r => (Partner: r.Fact.PartnerId ?? Keys.External,
                Country: r.Fact.Country is { } country ? Keys.Of(country) : RosterView.CountryOf(partners, r.Fact.PartnerId)));
        var groups = state.Groups.Values.Where(g => period.Contains(g.Fact.FormedOn)).Select(g => g.Fact.LeadPartnerId);

        return new IndicatorDashboard(period,
        [
            Result(state, period, FirstIndicators.NetworkedMembers, "stock", [.. stock.Select(p => (p, RosterView.CountryOf(partners, p)))], withTarget: true),
            Result(state, period, FirstIndicators.NetworkedMembers, "flow", [.. joined.Select(p => (p, RosterView.CountryOf(partners, p)))], withTarget: false),
            Result(state, period, FirstIndicators.ResourcesSharedOnline, "flow", [.. resources], withTarget: true),
            Result(state, period, FirstIndicators.WorkingGroupsSetUp, "flow", [.. groups.Select(p => (p, RosterView.CountryOf(partners, p)))], withTarget: true),
        ]);
    }

    /// <summary>The leadership terms, so a caller can ask for "the current leader's term" as a period.</summary>
    public static IReadOnlyList<LeadershipTermPeriod> Terms(IndicatorsState state) => RosterView.Terms(state.Roster);

    /// <summary>
    /// The target of the evaluation cycle covering the period: the latest target set for the key whose own span
    /// contains the whole period. A period that straddles two cycles has no target.
    /// </summary>
    public static decimal? TargetFor(IndicatorsState state, string key, Period period) =>
        state.Targets.Values
            .Where(t => t.Fact.IndicatorKey == key && t.Fact.StartsOn <= period.From && period.To <= t.Fact.EndsOn)
            .OrderByDescending(t => t.Meta.Position)
            .Select(t => (decimal?)t.Fact.TargetValue)
            .FirstOrDefault();

    private static IndicatorResult Result(IndicatorsState state, Period period, string key, string measure,
        IReadOnlyList<(string Partner, string Country)> counted, bool withTarget)
    {
        var target = withTarget ? TargetFor(state, key, period) : null;
        return new IndicatorResult(key, measure, counted.Count, target,
            target is > 0 ? Math.Round(counted.Count / target.Value, 4) : null,
            Breakdown(counted.Select(c => c.Partner)), Breakdown(counted.Select(c => c.Country)));
    }

    private static SortedDictionary<string, decimal> Breakdown(IEnumerable<string> keys) =>
        new(keys.GroupBy(k => k).ToDictionary(g => g.Key, g => (decimal)g.Count()), StringComparer.Ordinal);
}
