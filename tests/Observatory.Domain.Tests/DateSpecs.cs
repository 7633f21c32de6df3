using Observatory.Domain.Deciding;
using Observatory.Domain.Network;
using static Observatory.Domain.Tests.Dates;

namespace Observatory.Domain.Tests;

public class DateSpecs
{
    [Fact]
    public void A_business_date_before_2000_is_refused() =>
        Scenario.Network().When("network", new PartnerJoined("gdansk", "Gdańsk", Country.Pl, PartnerKind.Municipality, D(1999, 12, 31)))
            .ThenRefused("date-before-2000", "joinedOn");

    [Fact]
    public void A_business_date_beyond_the_plan_horizon_is_refused() =>
        Scenario.Network().When(new StartLeadershipTerm("bytow", D(2024, 9, 1), D(2025, 4, 16), Scenario.Now))
            .ThenRefused("date-beyond-plan-horizon", "plannedEndOn");

    [Fact]
    public void A_plan_reaching_exactly_to_the_horizon_is_accepted()
    {
        Assert.Equal(2, Plausibility.PlanHorizonInYears);
        Scenario.Network().When(new StartLeadershipTerm("bytow", D(2024, 4, 15), D(2025, 4, 15), Scenario.Now))
            .ThenAccepted(new LeadershipTermStarted("bytow", D(2024, 4, 15), D(2025, 4, 15)));
    }

    [Fact]
    public void A_fact_said_to_occur_before_2000_is_refused() =>
        Scenario.Network().When("network", new FundsAllocated(1000m, "EUR", "Interreg", "Visits", D(2022, 1, 1)), D(1999, 1, 1))
            .ThenRefused("date-before-2000", "occurredOn");
}
