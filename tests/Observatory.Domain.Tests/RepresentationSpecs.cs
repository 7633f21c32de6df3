using Observatory.Domain.Network;
using static Observatory.Domain.Tests.Dates;

namespace Observatory.Domain.Tests;

public class RepresentationSpecs
{
    private static readonly DateTimeOffset Now = Scenario.Now;

    private static Scenario WithMayorOfBytow() =>
        Scenario.Network().Given(new AppointRepresentative("bytow", RepresentationRole.Representative, "Mayor of Bytów", D(2020, 9, 1), Now));

    [Fact]
    public void A_representative_is_appointed_by_position() =>
        Scenario.Network().When(new AppointRepresentative("bytow", RepresentationRole.Representative, "Mayor of Bytów", D(2020, 9, 1), Now))
            .ThenAccepted(new RepresentativeAppointed("bytow", "Mayor of Bytów", D(2020, 9, 1)));

    [Fact]
    public void A_deputy_is_appointed_beside_the_representative() =>
        WithMayorOfBytow().When(new AppointRepresentative("bytow", RepresentationRole.Deputy, "2nd Deputy Mayor", D(2020, 9, 1), Now))
            .ThenAccepted(new DeputyAppointed("bytow", "2nd Deputy Mayor", D(2020, 9, 1)));

    [Fact]
    public void A_second_representative_is_refused_while_the_first_holds_the_post() =>
        WithMayorOfBytow().When(new AppointRepresentative("bytow", RepresentationRole.Representative, "Secretary of the Municipality", D(2022, 1, 1), Now))
            .ThenRefused("representative-already-appointed", "position");

    [Fact]
    public void A_second_deputy_is_refused_while_the_first_holds_the_post() =>
        WithMayorOfBytow().Given(new AppointRepresentative("bytow", RepresentationRole.Deputy, "2nd Deputy Mayor", D(2020, 9, 1), Now))
            .When("network", new DeputyAppointed("bytow", "1st Deputy Mayor", D(2022, 1, 1)))
            .ThenRefused("deputy-already-appointed", "position");

    [Fact]
    public void After_stepping_down_a_new_representative_can_be_appointed() =>
        WithMayorOfBytow().Given(new StepDownRepresentative("bytow", RepresentationRole.Representative, D(2021, 12, 31), Now))
            .When(new AppointRepresentative("bytow", RepresentationRole.Representative, "Secretary of the Municipality", D(2022, 1, 1), Now))
            .ThenAccepted(new RepresentativeAppointed("bytow", "Secretary of the Municipality", D(2022, 1, 1)));

    [Fact]
    public void An_explicit_replacement_changes_the_holder_in_one_step() =>
        WithMayorOfBytow().When(new ReplaceRepresentative("bytow", RepresentationRole.Representative, "Secretary of the Municipality", D(2022, 1, 1), Now))
            .ThenAccepted(new RepresentativeReplaced("bytow", "Secretary of the Municipality", D(2022, 1, 1)));

    [Fact]
    public void Nobody_can_be_replaced_where_no_representative_was_appointed() =>
        Scenario.Network().When(new ReplaceRepresentative("markaryd", RepresentationRole.Representative, "Head of Labour Market Department", D(2022, 1, 1), Now))
            .ThenRefused("no-representative-appointed", "partnerId");

    [Fact]
    public void A_deputy_who_was_never_appointed_cannot_step_down() =>
        WithMayorOfBytow().When(new StepDownRepresentative("bytow", RepresentationRole.Deputy, D(2022, 1, 1), Now))
            .ThenRefused("no-deputy-appointed", "partnerId");

    [Fact]
    public void An_organisation_has_no_representative() =>
        Scenario.Network().When(new AppointRepresentative("parasol", RepresentationRole.Representative, "President of the Board", D(2020, 9, 1), Now))
            .ThenRefused("organisation-has-no-representative", "partnerId");

    [Theory]
    [InlineData("jan.kowalski@bytow.pl")]
    [InlineData("Mayor <mayor@bytow.pl>")]
    public void A_position_that_looks_like_an_email_address_is_refused_because_positions_are_not_people(string position) =>
        Scenario.Network().When(new AppointRepresentative("bytow", RepresentationRole.Representative, position, D(2020, 9, 1), Now))
            .ThenRefused("by-position-not-person", "position");

    [Fact]
    public void A_blank_position_is_refused() =>
        Scenario.Network().When(new AppointRepresentative("markaryd", RepresentationRole.Deputy, "  ", D(2020, 9, 1), Now))
            .ThenRefused("position-required", "position");

    [Fact]
    public void A_partner_who_left_cannot_appoint_a_representative() =>
        Scenario.Network().Given("network", new PartnerLeft("taurage", D(2022, 1, 1)))
            .When(new AppointRepresentative("taurage", RepresentationRole.Representative, "Mayor of Tauragė", D(2022, 2, 1), Now))
            .ThenRefused("partner-not-current", "partnerId");
}
