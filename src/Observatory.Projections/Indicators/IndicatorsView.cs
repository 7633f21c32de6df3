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
    // Asked for every cycle of the trend on every page, over hundreds of members and resources: one pass each into
    // tallies, no grouping (profiled); the same results as counting each indicator's list.
    public static IndicatorDashboard Build(IndicatorsState state, Period period)
    {
        var partners = RosterView.Partners(state.Roster);
        var leftOn = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var left in state.MembersLeft.Values)
        {
            if (!leftOn.TryGetValue(left.Meta.Stream, out var earlier) || left.Fact.LeftOn < earlier)
                leftOn[left.Meta.Stream] = left.Fact.LeftOn;
        }
        var countries = new Dictionary<string, string>(StringComparer.Ordinal);
        string CountryOf(string partner)
        {
            if (!countries.TryGetValue(partner, out var country))
                countries[partner] = country = RosterView.CountryOf(partners, partner);
            return country;
        }

        var (stock, joined, resources, groups) = (new Tally(), new Tally(), new Tally(), new Tally());
        foreach (var member in state.Members.Values)
        {
            var (partner, on) = (member.Fact.PartnerId, member.Fact.NetworkedOn);
            if (on <= period.To && !(leftOn.TryGetValue(member.Meta.Stream, out var left) && left <= period.To))
                stock.Add(partner, CountryOf(partner));
            if (period.Contains(on))
                joined.Add(partner, CountryOf(partner));
        }
        foreach (var resource in state.Resources.Values)
        {
            if (period.Contains(resource.Meta.OccurredOn))
                resources.Add(resource.Fact.PartnerId ?? Keys.External,
                    resource.Fact.Country is { } country ? Keys.Of(country) : RosterView.CountryOf(partners, resource.Fact.PartnerId));
        }
        foreach (var group in state.Groups.Values)
        {
            if (period.Contains(group.Fact.FormedOn))
                groups.Add(group.Fact.LeadPartnerId, CountryOf(group.Fact.LeadPartnerId));
        }

        return new IndicatorDashboard(period,
        [
            Result(state, period, FirstIndicators.NetworkedMembers, "stock", stock, withTarget: true),
            Result(state, period, FirstIndicators.NetworkedMembers, "flow", joined, withTarget: false),
            Result(state, period, FirstIndicators.ResourcesSharedOnline, "flow", resources, withTarget: true),
            Result(state, period, FirstIndicators.WorkingGroupsSetUp, "flow", groups, withTarget: true),
        ]);
    }

    /// <summary>What an indicator counted: how many, and how many per partner and per country.</summary>
    private sealed class Tally
    {
        public int Count { get; private set; }

        public SortedDictionary<string, decimal> ByPartner { get; } = new(StringComparer.Ordinal);

        public SortedDictionary<string, decimal> ByCountry { get; } = new(StringComparer.Ordinal);

        public void Add(string partner, string country)
        {
            Count++;
            ByPartner[partner] = ByPartner.GetValueOrDefault(partner) + 1;
            ByCountry[country] = ByCountry.GetValueOrDefault(country) + 1;
        }
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

    private static IndicatorResult Result(IndicatorsState state, Period period, string key, string measure, Tally counted, bool withTarget)
    {
        var target = withTarget ? TargetFor(state, key, period) : null;
        return new IndicatorResult(key, measure, counted.Count, target,
            target is > 0 ? Math.Round(counted.Count / target.Value, 4) : null,
            counted.ByPartner, counted.ByCountry);
    }
}
