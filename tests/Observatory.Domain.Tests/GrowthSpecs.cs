using Observatory.Domain.Growth;
using Observatory.Domain.Platform;
using Observatory.Domain.Feedback;
using static Observatory.Domain.Tests.Dates;

namespace Observatory.Domain.Tests;

public class GrowthSpecs
{
    private static readonly MemberNetworked Assistant = new(MemberKind.Professional, "Intercultural assistant, Stralsund", "vorpommern-ruegen", D(2022, 10, 19));

    private static readonly SpecialistProfileListed Counsellor = new("School counsellor for newcomer pupils", [CompetenceArea.ChildrensEducation],
        ["pl", "uk"], "bytow", "Education desk, Bytów town hall");

    [Fact]
    public void A_professional_is_networked_by_role() =>
        Scenario.Network().When("member-assistant-stralsund", Assistant).ThenAccepted(Assistant);

    [Fact]
    public void A_member_description_that_looks_like_an_email_address_is_refused() =>
        Scenario.Network().When("member-x", Assistant with { Description = "anna.schmidt@stralsund.de" }).ThenRefused("by-position-not-person", "description");

    [Fact]
    public void A_member_leaves_only_once() =>
        Scenario.Network().Given("member-x", Assistant).Given("member-x", new MemberLeft(D(2023, 1, 1)))
            .When("member-x", new MemberLeft(D(2023, 2, 1))).ThenRefused("member-already-left", null);

    [Fact]
    public void A_specialist_profile_lists_competences_and_languages() =>
        Scenario.Network().When("specialist-counsellor-bytow", Counsellor).ThenAccepted(Counsellor);

    [Fact]
    public void A_specialist_language_is_an_iso_code_named_by_index() =>
        Scenario.Network().When("specialist-counsellor-bytow", Counsellor with { Languages = ["pl", "Ukrainian"] })
            .ThenRefused("language-code-invalid", "languages[1]");

    [Fact]
    public void A_request_cannot_be_referred_to_a_withdrawn_specialist() =>
        Scenario.Network().Given("specialist-counsellor-bytow", Counsellor)
            .Given("specialist-counsellor-bytow", new SpecialistProfileWithdrawn("post vacant"))
            .Given("request-1", new HelplineRequestReceived("bytow", ContactChannel.Phone, CompetenceArea.ChildrensEducation, "uk"))
            .When("request-1", new HelplineRequestReferred("specialist-counsellor-bytow"))
            .ThenRefused("specialist-not-available", "specialistStream");
}
