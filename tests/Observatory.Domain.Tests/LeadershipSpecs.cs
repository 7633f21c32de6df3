using Observatory.Domain.Network;
using static Observatory.Domain.Tests.Dates;

namespace Observatory.Domain.Tests;

public class LeadershipSpecs
{
    private static readonly DateTimeOffset Now = Scenario.Now;

    private static Scenario BytowLeadsFromSeptember2022() =>
        Scenario.Network().Given(new StartLeadershipTerm("bytow", D(2022, 9, 1), D(2023, 9, 1), Now));

    [Fact]
    public void A_current_partner_starts_a_term_of_twelve_months() =>
        Scenario.Network().When(new StartLeadershipTerm("bytow", D(2022, 9, 1), D(2023, 9, 1), Now))
            .ThenAccepted(new LeadershipTermStarted("bytow", D(2022, 9, 1), D(2023, 9, 1)));

    [Fact]
    public void A_term_planned_for_less_than_twelve_months_is_refused() =>
        Scenario.Network().When(new StartLeadershipTerm("bytow", D(2022, 9, 1), D(2023, 8, 31), Now))
            .ThenRefused("leadership-term-minimum-12-months", "plannedEndOn");

    [Fact]
    public void A_partner_who_left_cannot_lead() =>
        Scenario.Network().Given("network", new PartnerLeft("taurage", D(2022, 1, 1)))
            .When(new StartLeadershipTerm("taurage", D(2022, 9, 1), D(2023, 9, 1), Now))
            .ThenRefused("partner-not-current", "partnerId");

    [Fact]
    public void A_term_cannot_start_while_another_is_running() =>
        BytowLeadsFromSeptember2022().When(new StartLeadershipTerm("markaryd", D(2024, 1, 1), D(2025, 1, 1), Now))
            .ThenRefused("leadership-terms-overlap", "startsOn");

    [Fact]
    public void A_term_cannot_overlap_a_closed_term() =>
        BytowLeadsFromSeptember2022().Given(new CloseLeadershipTerm(D(2023, 3, 1), Now))
            .When(new StartLeadershipTerm("markaryd", D(2023, 2, 1), D(2024, 2, 1), Now))
            .ThenRefused("leadership-terms-overlap", "startsOn");

    [Fact]
    public void A_term_may_start_on_the_day_the_previous_one_was_closed() =>
        BytowLeadsFromSeptember2022().Given(new CloseLeadershipTerm(D(2023, 3, 1), Now, "Bytów's mandate ended"))
            .When(new StartLeadershipTerm("markaryd", D(2023, 3, 1), D(2024, 3, 1), Now))
            .ThenAccepted(new LeadershipTermStarted("markaryd", D(2023, 3, 1), D(2024, 3, 1)));

    [Fact]
    public void Handing_over_ends_the_leaders_term_and_starts_the_next_partners_term_on_the_same_day()
    {
        var scenario = BytowLeadsFromSeptember2022().When(new HandOverLeadership("markaryd", D(2023, 9, 1), D(2024, 9, 1), Now))
            .ThenAccepted(new LeadershipHandedOver("bytow", "markaryd", D(2023, 9, 1), D(2024, 9, 1)))
            .Given(new HandOverLeadership("markaryd", D(2023, 9, 1), D(2024, 9, 1), Now));

        Assert.Equal(
            [new LeadershipTerm("bytow", D(2022, 9, 1), D(2023, 9, 1), D(2023, 9, 1)), new LeadershipTerm("markaryd", D(2023, 9, 1), D(2024, 9, 1))],
            scenario.Ledger.Network.Terms);
    }

    [Fact]
    public void A_handover_before_the_term_lasted_twelve_months_is_refused() =>
        BytowLeadsFromSeptember2022().When(new HandOverLeadership("markaryd", D(2023, 8, 31), D(2024, 9, 1), Now))
            .ThenRefused("leadership-term-minimum-12-months", "handedOverOn");

    [Fact]
    public void The_next_term_started_by_a_handover_also_lasts_twelve_months() =>
        BytowLeadsFromSeptember2022().When(new HandOverLeadership("markaryd", D(2023, 9, 1), D(2024, 3, 1), Now))
            .ThenRefused("leadership-term-minimum-12-months", "nextPlannedEndOn");

    [Fact]
    public void Leadership_cannot_be_handed_over_to_the_same_partner() =>
        BytowLeadsFromSeptember2022().When(new HandOverLeadership("bytow", D(2023, 9, 1), D(2024, 9, 1), Now))
            .ThenRefused("handover-to-same-partner", "toPartnerId");

    [Fact]
    public void Leadership_cannot_be_handed_over_to_a_partner_who_left() =>
        BytowLeadsFromSeptember2022().Given("network", new PartnerLeft("taurage", D(2023, 1, 1)))
            .When(new HandOverLeadership("taurage", D(2023, 9, 1), D(2024, 9, 1), Now))
            .ThenRefused("partner-not-current", "toPartnerId");

    [Fact]
    public void Leadership_cannot_be_handed_over_when_nobody_leads() =>
        Scenario.Network().When(new HandOverLeadership("markaryd", D(2023, 9, 1), D(2024, 9, 1), Now))
            .ThenRefused("no-current-leadership-term", "fromPartnerId");

    [Fact]
    public void Only_the_leader_hands_over() =>
        BytowLeadsFromSeptember2022().When("network", new LeadershipHandedOver("frankenberg", "markaryd", D(2023, 9, 1), D(2024, 9, 1)))
            .ThenRefused("handover-by-non-leader", "fromPartnerId");

    [Fact]
    public void A_term_can_be_closed_explicitly_before_its_planned_end() =>
        BytowLeadsFromSeptember2022().When(new CloseLeadershipTerm(D(2023, 3, 1), Now, "network paused"))
            .ThenAccepted(new LeadershipTermClosed("bytow", D(2023, 3, 1), "network paused"));

    [Fact]
    public void No_term_can_be_closed_when_nobody_leads() =>
        Scenario.Network().When(new CloseLeadershipTerm(D(2023, 3, 1), Now)).ThenRefused("no-current-leadership-term", "partnerId");

    [Fact]
    public void A_term_cannot_be_closed_before_it_started() =>
        BytowLeadsFromSeptember2022().When(new CloseLeadershipTerm(D(2022, 8, 1), Now)).ThenRefused("term-closed-before-start", "closedOn");
}
