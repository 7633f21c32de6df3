using Observatory.Domain.Network;
using Observatory.Domain.Sharing;
using static Observatory.Domain.Tests.Dates;

namespace Observatory.Domain.Tests;

public class PartnerSpecs
{
    private static readonly PartnerJoined Gdansk = new("gdansk", "City of Gdańsk", Country.Pl, PartnerKind.Municipality, D(2023, 1, 1));

    [Fact]
    public void A_new_partner_joins_the_network() =>
        Scenario.Network().When("network", Gdansk).ThenAccepted(Gdansk);

    [Fact]
    public void A_partner_id_is_unique_in_the_network() =>
        Scenario.Network().When("network", Gdansk with { PartnerId = "markaryd" }).ThenRefused("partner-id-not-unique", "partnerId");

    [Fact]
    public void A_partner_id_is_a_lowercase_slug() =>
        Scenario.Network().When("network", Gdansk with { PartnerId = "Gdańsk City" }).ThenRefused("partner-id-format", "partnerId");

    [Fact]
    public void A_partner_who_left_cannot_leave_again() =>
        Scenario.Network().Given("network", new PartnerLeft("taurage", D(2022, 1, 1)))
            .When("network", new PartnerLeft("taurage", D(2022, 3, 1))).ThenRefused("partner-not-current", "partnerId");

    [Fact]
    public void A_partner_who_left_cannot_record_a_practice_afterwards() =>
        Scenario.Network().Given("network", new PartnerLeft("taurage", D(2022, 1, 1)))
            .When("practice-ukrainian-classes", new PracticeShared("Classes", [ThematicArea.Education], "taurage"), D(2022, 6, 1))
            .ThenRefused("partner-not-current", "partnerId");

    [Fact]
    public void A_fact_dated_before_the_partner_left_is_still_accepted() =>
        Scenario.Network().Given("network", new PartnerLeft("taurage", D(2022, 1, 1)))
            .When("practice-ukrainian-classes", new PracticeShared("Classes", [ThematicArea.Education], "taurage"), D(2021, 12, 1))
            .ThenAccepted();

    [Fact]
    public void A_fact_dated_before_the_partner_joined_is_refused() =>
        Scenario.Network().Given("network", Gdansk)
            .When("practice-gdansk-hub", new PracticeShared("Hub", [ThematicArea.InstitutionalChange], "gdansk"), D(2022, 12, 31))
            .ThenRefused("partner-not-current", "partnerId");

    [Fact]
    public void A_fact_naming_a_partner_the_network_never_had_is_refused() =>
        Scenario.Network().When("practice-x", new PracticeShared("X", [ThematicArea.Education], "warsaw"))
            .ThenRefused("partner-unknown", "partnerId");

    [Fact]
    public void The_leading_partner_cannot_leave_before_handing_over_or_closing_its_term() =>
        Scenario.Network().Given(new StartLeadershipTerm("bytow", D(2022, 9, 1), D(2023, 9, 1), Scenario.Now))
            .When("network", new PartnerLeft("bytow", D(2023, 1, 1))).ThenRefused("leader-cannot-leave", "partnerId");

    [Fact]
    public void A_cooperation_agreement_names_current_partners_by_index() =>
        Scenario.Network().Given("network", new PartnerLeft("taurage", D(2022, 1, 1)))
            .When("network", new CooperationAgreementSigned("Observatory agreement", D(2023, 4, 1), ["bytow", "markaryd", "taurage"]))
            .ThenRefused("partner-not-current", "partnerIds[2]");

    [Fact]
    public void Funds_are_a_positive_amount_in_an_iso_currency() =>
        Scenario.Network().When("network", new FundsAllocated(0m, "EUR", "Interreg", "Visits", D(2022, 1, 1)))
            .ThenRefused("amount-must-be-positive", "amount");

    [Fact]
    public void A_migrant_representative_is_described_by_role_not_by_contact() =>
        Scenario.Network().When("network", new MigrantRepresentativeInvolved("olena.k@example.org", "year plan 2023", D(2023, 3, 1)))
            .ThenRefused("by-position-not-person", "role");
}
