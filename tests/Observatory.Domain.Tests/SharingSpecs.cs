using Observatory.Domain.Meetings;
using Observatory.Domain.Network;
using Observatory.Domain.Sharing;
using static Observatory.Domain.Tests.Dates;

namespace Observatory.Domain.Tests;

public class SharingSpecs
{
    private static readonly PracticeShared RundeTische = new("Runde Tische: round tables coordinating integration", [ThematicArea.InstitutionalChange],
        "vorpommern-ruegen", MeetingStream: "meeting-stralsund-2022-10", TargetGroup: "local integration actors",
        Links: ["https://www.osce.org/files/f/documents/a/2/393554.pdf"]);

    private static readonly ResourcePublished Guide = new(ResourceKind.ProcedureGuide, "Temporary protection: first steps", "uk",
        "https://example.org/guide", Country.Pl, PartnerId: "bytow");

    private static Scenario WithStralsundVisit() => Scenario.Network().Given("meeting-stralsund-2022-10",
        new MeetingHeld(MeetingKind.StudyVisit, "vorpommern-ruegen", "Local integration policies", D(2022, 10, 18), D(2022, 10, 20), [], "Stralsund"));

    [Fact]
    public void A_practice_is_shared_at_a_recorded_meeting() =>
        WithStralsundVisit().When("practice-runde-tische", RundeTische).ThenAccepted(RundeTische);

    [Fact]
    public void A_practice_shared_at_a_meeting_that_was_never_recorded_is_refused() =>
        Scenario.Network().When("practice-runde-tische", RundeTische).ThenRefused("meeting-unknown", "meetingStream");

    [Fact]
    public void A_practice_has_at_least_one_thematic_area() =>
        WithStralsundVisit().When("practice-runde-tische", RundeTische with { ThematicAreas = [] }).ThenRefused("thematic-area-required", "thematicAreas");

    [Fact]
    public void A_practice_link_is_an_absolute_web_address() =>
        WithStralsundVisit().When("practice-runde-tische", RundeTische with { Links = ["https://ok.example", "osce.org/guide"] })
            .ThenRefused("url-invalid", "links[1]");

    [Fact]
    public void A_resource_published_by_a_partner_is_accepted() =>
        Scenario.Network().When("resource-first-steps", Guide).ThenAccepted(Guide);

    [Fact]
    public void A_resource_may_come_from_an_external_origin_instead_of_a_partner() =>
        Scenario.Network().When("resource-emn-glossary", Guide with { PartnerId = null, ExternalOrigin = "European Migration Network" }).ThenAccepted();

    [Fact]
    public void A_resource_names_its_origin() =>
        Scenario.Network().When("resource-first-steps", Guide with { PartnerId = null }).ThenRefused("resource-origin-required", "partnerId");

    [Fact]
    public void A_resource_comes_from_a_partner_or_from_outside_but_not_both() =>
        Scenario.Network().When("resource-first-steps", Guide with { ExternalOrigin = "European Migration Network" })
            .ThenRefused("resource-origin-ambiguous", "externalOrigin");

    [Fact]
    public void A_resource_language_is_an_iso_code() =>
        Scenario.Network().When("resource-first-steps", Guide with { Language = "Ukrainian" }).ThenRefused("language-code-invalid", "language");

    [Fact]
    public void An_information_activity_reaches_zero_or_more_people() =>
        Scenario.Network().When("activity-bytow-info-day", new InformationActivityHeld("bytow", "Bytów", InformationActivityKind.Meeting, D(2022, 4, 1), -5))
            .ThenRefused("value-negative", "audience");
}
