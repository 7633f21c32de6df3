using Observatory.Domain.Evaluations;
using Observatory.Domain.Growth;
using Observatory.Domain.Sharing;
using Observatory.Domain.WorkingGroups;
using Observatory.Projections.Indicators;
using Observatory.Projections.Periods;
using Observatory.Projections.Replay;
using Observatory.Projections.Tests.Seed;
using FirstIndicators = Observatory.Domain.Evaluations.Indicators;

namespace Observatory.Projections.Tests.Indicators;

public class IndicatorSpecs
{
    private static readonly DateOnly Planned = new(2023, 1, 10);

    private static IndicatorsState Given(params (string Stream, Domain.Serialization.IDomainEvent Fact, DateOnly On)[] facts) =>
        Replays.Run(IndicatorsProjection.Instance, SeedLog.With(SeedLog.Events, facts), AsOf.Now);

    private static (string, Domain.Serialization.IDomainEvent, DateOnly)[] Cycle2023 =>
    [
        ("cycle-2023", new EvaluationCycleOpened(new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31)), Planned),
        ("cycle-2023", new IndicatorTargetSet(FirstIndicators.NetworkedMembers, 12, new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31)), Planned),
        ("cycle-2023", new IndicatorTargetSet(FirstIndicators.ResourcesSharedOnline, 4, new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31)), Planned),
    ];

    [Fact]
    public void Indicators_of_a_year_are_measured_against_the_targets_of_the_cycle_covering_it()
    {
        var dashboard = IndicatorsView.Build(Given(Cycle2023), Period.CalendarYear(2023));

        var stock = dashboard.Get(FirstIndicators.NetworkedMembers, "stock");
        Assert.Equal((9m, 12m, 0.75m), (stock.Value, stock.Target!.Value, stock.Attainment!.Value));
        Assert.Equal(3, dashboard.Get(FirstIndicators.NetworkedMembers, "flow").Value);
        var resources = dashboard.Get(FirstIndicators.ResourcesSharedOnline);
        Assert.Equal((1m, 4m, 0.25m), (resources.Value, resources.Target!.Value, resources.Attainment!.Value));
        Assert.Equal(new Dictionary<string, decimal> { ["(external)"] = 1 }, resources.ByPartner);
        var groups = dashboard.Get(FirstIndicators.WorkingGroupsSetUp);
        Assert.Equal((0m, (decimal?)null, (decimal?)null), (groups.Value, groups.Target, groups.Attainment));
    }

    [Fact]
    public void A_period_outside_every_cycle_has_no_target_and_no_attainment()
    {
        var dashboard = IndicatorsView.Build(Given(Cycle2023), Period.CalendarYear(2022));

        var stock = dashboard.Get(FirstIndicators.NetworkedMembers, "stock");
        Assert.Equal((6m, (decimal?)null, (decimal?)null), (stock.Value, stock.Target, stock.Attainment));
        Assert.Equal(1, dashboard.Get(FirstIndicators.ResourcesSharedOnline).Value);
    }

    [Fact]
    public void A_member_who_left_is_no_longer_in_the_stock_but_stays_in_the_flow_of_its_period()
    {
        var state = Given(("member-stralsund-german-teacher", new MemberLeft(new DateOnly(2023, 2, 1)), new DateOnly(2023, 2, 1)));

        Assert.Equal(6, IndicatorsView.Build(state, Period.Month(2023, 1)).Get(FirstIndicators.NetworkedMembers, "stock").Value);
        Assert.Equal(5, IndicatorsView.Build(state, Period.Month(2023, 2)).Get(FirstIndicators.NetworkedMembers, "stock").Value);
        Assert.Equal(6, IndicatorsView.Build(state, Period.Quarter(2022, 4)).Get(FirstIndicators.NetworkedMembers, "flow").Value);
    }

    [Fact]
    public void Working_groups_and_partner_resources_count_for_their_partner_and_its_country()
    {
        var day = new DateOnly(2023, 5, 10);
        var state = Given(
            ("group-labour-market", new WorkingGroupFormed("Labour market", "markaryd", day), day),
            ("group-financing", new WorkingGroupFormed("Financing integration measures", "frankenberg", day), day),
            ("resource-sfi-guide", new ResourcePublished(ResourceKind.ProcedureGuide, "SFI guide", "sv", "https://example.org/sfi", PartnerId: "markaryd"), day));

        var dashboard = IndicatorsView.Build(state, Period.Range(new DateOnly(2023, 5, 1), new DateOnly(2023, 5, 31)));

        var groups = dashboard.Get(FirstIndicators.WorkingGroupsSetUp);
        Assert.Equal(2, groups.Value);
        Assert.Equal(new Dictionary<string, decimal> { ["de"] = 1, ["se"] = 1 }, groups.ByCountry);
        Assert.Equal(new Dictionary<string, decimal> { ["markaryd"] = 1 }, dashboard.Get(FirstIndicators.ResourcesSharedOnline).ByPartner);
        Assert.Equal(new Dictionary<string, decimal> { ["se"] = 1 }, dashboard.Get(FirstIndicators.ResourcesSharedOnline).ByCountry);
    }
}
