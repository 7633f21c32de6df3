using System.Text.Json;
using Observatory.Domain.Evaluations;
using Observatory.Projections;
using Observatory.Projections.Indicators;
using Observatory.Projections.Periods;
using Observatory.Projections.Roster;

namespace Observatory.Host.Tests.Views;

/// <summary>
/// The indicators view tallies in one pass for speed; here it must equal the view's plain definition (list what each
/// indicator counts, then count and group the list) for every leadership term and calendar year of a generated network.
/// </summary>
public sealed class IndicatorsViewSpecs
{
    [Fact]
    public void The_indicators_of_a_generated_network_are_their_plain_definition_for_every_term_and_year()
    {
        var state = GeneratedHistory.State<IndicatorsState>(IndicatorsProjection.Instance);
        var days = GeneratedHistory.Days().ToList();
        var periods = IndicatorsView.Terms(state).Select(t => new Period(t.From, t.To, "term"))
            .Concat(Enumerable.Range(days[0].Year, days[^1].Year - days[0].Year + 1).Select(Period.CalendarYear))
            .ToList();

        foreach (var period in periods)
            Assert.Equal(Json(Definition(state, period)), Json(IndicatorsView.Build(state, period)));
        Assert.Contains(periods, p => IndicatorsView.Build(state, p).Get(Indicators.ResourcesSharedOnline).Value > 0);
        Assert.True(periods.Count > 10);
    }

    private static string Json(IndicatorDashboard dashboard) => JsonSerializer.Serialize(dashboard, ProjectionJson.Options);

    private static IndicatorDashboard Definition(IndicatorsState state, Period period)
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
            Result(state, period, Indicators.NetworkedMembers, "stock", [.. stock.Select(p => (p, RosterView.CountryOf(partners, p)))], true),
            Result(state, period, Indicators.NetworkedMembers, "flow", [.. joined.Select(p => (p, RosterView.CountryOf(partners, p)))], false),
            Result(state, period, Indicators.ResourcesSharedOnline, "flow", [.. resources], true),
            Result(state, period, Indicators.WorkingGroupsSetUp, "flow", [.. groups.Select(p => (p, RosterView.CountryOf(partners, p)))], true),
        ]);
    }

    private static IndicatorResult Result(IndicatorsState state, Period period, string key, string measure,
        IReadOnlyList<(string Partner, string Country)> counted, bool withTarget)
    {
        var target = withTarget ? IndicatorsView.TargetFor(state, key, period) : null;
        return new IndicatorResult(key, measure, counted.Count, target, target is > 0 ? Math.Round(counted.Count / target.Value, 4) : null,
            Breakdown(counted.Select(c => c.Partner)), Breakdown(counted.Select(c => c.Country)));
    }

    private static SortedDictionary<string, decimal> Breakdown(IEnumerable<string> keys) =>
        new(keys.GroupBy(k => k).ToDictionary(g => g.Key, g => (decimal)g.Count()), StringComparer.Ordinal);
}
