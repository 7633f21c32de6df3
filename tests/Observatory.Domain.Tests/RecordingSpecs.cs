using Observatory.Domain.Meetings;
using Observatory.Domain.Network;
using Observatory.Domain.Recording;
using Observatory.Domain.WorkingGroups;
using static Observatory.Domain.Tests.Dates;

namespace Observatory.Domain.Tests;

public class RecordingSpecs
{
    private static readonly WorkingGroupFormed LanguageGroup = new("Language education", "markaryd", D(2022, 6, 10));

    [Fact]
    public void An_accepted_fact_is_the_one_event_to_append() =>
        Scenario.Network().When("group-language-education", LanguageGroup).ThenAccepted(LanguageGroup);

    [Fact]
    public void A_fact_of_another_stream_kind_is_refused() =>
        Scenario.Network().When("meeting-markaryd-2022-06", LanguageGroup).ThenRefused("event-type-not-allowed-in-stream", "type");

    [Fact]
    public void A_group_stream_must_start_with_working_group_formed() =>
        Scenario.Network().When("group-language-education", new WorkingGroupMemberJoined("bytow", D(2022, 6, 10)))
            .ThenRefused("stream-must-start-with-creating-event", "type");

    [Fact]
    public void The_network_stream_must_start_with_network_founded() =>
        Scenario.Empty().When("network", new PartnerJoined("bytow", "Bytów", Country.Pl, PartnerKind.Municipality, D(2020, 9, 1)))
            .ThenRefused("stream-must-start-with-creating-event", "type");

    [Fact]
    public void A_stream_is_created_only_once() =>
        Scenario.Network().Given("group-language-education", LanguageGroup)
            .When("group-language-education", LanguageGroup with { Topic = "Labour market" })
            .ThenRefused("stream-already-created", "type");

    [Fact]
    public void A_stream_of_an_unknown_kind_is_refused() =>
        Scenario.Network().When("committee-x", LanguageGroup).ThenRefused("stream-kind-unknown", "stream");

    [Theory]
    [InlineData("Group-x")]
    [InlineData("group-")]
    [InlineData("")]
    public void A_malformed_stream_name_is_refused(string stream) =>
        Scenario.Network().When(stream, LanguageGroup).ThenRefused("stream-name-invalid", "stream");

    [Fact]
    public void A_network_has_one_network_stream_without_an_id() =>
        Scenario.Empty().When("network-two", new NetworkFounded("Second", D(2020, 9, 1))).ThenRefused("stream-name-invalid", "stream");

    [Fact]
    public void Nothing_is_recorded_for_a_network_that_was_not_founded() =>
        Scenario.Empty().When("group-language-education", LanguageGroup).ThenRefused("network-not-founded", "stream");

    [Fact]
    public void The_stream_version_counts_the_events_of_a_stream_and_is_zero_for_an_empty_one()
    {
        var ledger = Scenario.Network().Given("group-x", LanguageGroup).Given("group-x", new WorkingGroupMemberJoined("bytow", D(2022, 7, 1))).Ledger;
        Assert.Equal((2L, 9L, 0L), (ledger.StreamVersion("group-x"), ledger.StreamVersion("network"), ledger.StreamVersion("group-y")));
        Assert.Equal(11L, ledger.Position);
    }

    [Fact]
    public void Folding_an_event_delivered_twice_changes_nothing()
    {
        var ledger = Scenario.Network().Ledger;
        var again = new RecordedEvent(Guid.NewGuid(), "network", 2, 2, Scenario.Now, Scenario.Now,
            new PartnerJoined("ghost", "Ghost", Country.Other, PartnerKind.Region, D(2021, 1, 1)));
        Assert.Equal(ledger, ledger.Evolve(again));
        Assert.DoesNotContain("ghost", ledger.Evolve(again).Network.Partners.Keys);
    }

    [Fact]
    public void Folding_history_does_not_check_rules_because_the_log_is_what_happened()
    {
        var ledger = NetworkLedger.Empty.Evolve(new RecordedEvent(Guid.NewGuid(), "meeting-x", 1, 1, Scenario.Now, Scenario.Now,
            new MeetingHeld(MeetingKind.Workshop, "nobody", "", D(2022, 6, 1), D(2022, 5, 1), [])));
        Assert.Equal(1, ledger.StreamVersion("meeting-x"));
    }
}
