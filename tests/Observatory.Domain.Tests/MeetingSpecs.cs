using Observatory.Domain.Meetings;
using Observatory.Domain.Network;
using static Observatory.Domain.Tests.Dates;

namespace Observatory.Domain.Tests;

public class MeetingSpecs
{
    private const string Stream = "meeting-markaryd-2022-06";

    /// <summary>The report's second visit: language education and the labour market, Markaryd, June 2022.</summary>
    private static readonly MeetingHeld MarkarydVisit = new(
        MeetingKind.StudyVisit, "markaryd", "Language education and the labour market for immigrants",
        D(2022, 6, 7), D(2022, 6, 9),
        [new Participation("bytow", 4), new Participation("frankenberg", 2), new Participation("taurage", 3)],
        Place: "Markaryd, Sweden",
        Activities: ["Labour Market Department presentation", "Swedish lesson at the municipal SFI school"]);

    [Fact]
    public void A_study_visit_is_held_by_a_current_partner_with_counted_participants() =>
        Scenario.Network().When(Stream, MarkarydVisit).ThenAccepted(MarkarydVisit);

    [Fact]
    public void An_online_session_needs_no_place() =>
        Scenario.Network().When("meeting-online-2021-03", MarkarydVisit with { Kind = MeetingKind.OnlineSession, Place = null, OnlineAudience = 120 })
            .ThenAccepted();

    [Theory]
    [InlineData(MeetingKind.Workshop)]
    [InlineData(MeetingKind.RoundTable)]
    public void A_meeting_in_person_needs_a_place(MeetingKind kind) =>
        Scenario.Network().When(Stream, MarkarydVisit with { Kind = kind, Place = null }).ThenRefused("meeting-place-required", "place");

    [Fact]
    public void A_meeting_of_an_unknown_kind_is_refused() =>
        Scenario.Network().When(Stream, MarkarydVisit with { Kind = (MeetingKind)42 }).ThenRefused("value-unknown", "kind");

    [Fact]
    public void A_meeting_cannot_end_before_it_starts() =>
        Scenario.Network().When(Stream, MarkarydVisit with { EndsOn = D(2022, 6, 6) }).ThenRefused("meeting-ends-before-start", "endsOn");

    [Fact]
    public void A_meeting_has_a_theme() =>
        Scenario.Network().When(Stream, MarkarydVisit with { Theme = "" }).ThenRefused("meeting-theme-required", "theme");

    [Fact]
    public void A_partner_who_left_cannot_host() =>
        Scenario.Network().Given("network", new PartnerLeft("markaryd", D(2022, 1, 1)))
            .When(Stream, MarkarydVisit).ThenRefused("partner-not-current", "hostPartnerId");

    [Fact]
    public void Participation_is_only_by_current_partners_and_the_offending_entry_is_named() =>
        Scenario.Network().Given("network", new PartnerLeft("taurage", D(2022, 1, 1)))
            .When(Stream, MarkarydVisit).ThenRefused("partner-not-current", "participants[2].partnerId");

    [Fact]
    public void A_participant_count_is_never_negative() =>
        Scenario.Network().When(Stream, MarkarydVisit with { Participants = [new Participation("bytow", 4), new Participation("frankenberg", -1)] })
            .ThenRefused("participant-count-negative", "participants[1].count");

    [Fact]
    public void A_partner_is_counted_once_per_meeting() =>
        Scenario.Network().When(Stream, MarkarydVisit with { Participants = [new Participation("bytow", 4), new Participation("bytow", 1)] })
            .ThenRefused("participant-listed-twice", "participants[1]");
}
