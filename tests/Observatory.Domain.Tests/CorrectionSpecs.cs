using System.Text.Json;
using Observatory.Domain.Corrections;
using Observatory.Domain.Network;
using Observatory.Domain.WorkingGroups;
using static Observatory.Domain.Tests.Dates;

namespace Observatory.Domain.Tests;

public class CorrectionSpecs
{
    private static readonly DateTimeOffset Now = Scenario.Now;

    private static JsonElement Json(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    [Fact]
    public void A_correction_replaces_the_entry_and_the_rules_then_follow_the_corrected_fact()
    {
        var scenario = Scenario.Network().Given("network", new PartnerJoined("gdansk", "Gdańsk", Country.Pl, PartnerKind.Municipality, D(2023, 1, 1)));
        var joined = scenario.LastEventId;
        var replacement = new PartnerJoined("gdansk", "Gdańsk", Country.Pl, PartnerKind.Municipality, D(2022, 1, 1));

        scenario.When(new CorrectEntry("network", joined, "joined a year earlier, see the agreement", replacement, Now, ["Cooperation agreement, art. 2"]))
            .ThenAccepted()
            .Given(new CorrectEntry("network", joined, "joined a year earlier, see the agreement", replacement, Now));

        Assert.True(scenario.Ledger.Network.Partners["gdansk"].IsCurrentOn(D(2022, 6, 1)));
    }

    [Fact]
    public void A_correction_must_name_an_entry_of_its_stream() =>
        Scenario.Network().When(new RetractEntry("network", Guid.NewGuid(), "never happened", Now)).ThenRefused("entry-not-found", "eventId");

    [Fact]
    public void An_entry_of_another_stream_cannot_be_corrected_here()
    {
        var scenario = Scenario.Network().Given(new FormWorkingGroup("a", "Labour market", "bytow", D(2022, 6, 1), Now));
        scenario.Given(new FormWorkingGroup("b", "Language", "markaryd", D(2022, 6, 1), Now))
            .When(new RetractEntry("group-a", scenario.LastEventId, "wrong group", Now)).ThenRefused("entry-not-found", "eventId");
    }

    [Fact]
    public void A_retracted_entry_cannot_be_corrected()
    {
        var scenario = Scenario.Network().Given(new FormWorkingGroup("a", "Labour market", "bytow", D(2022, 6, 1), Now));
        var formed = scenario.LastEventId;
        scenario.Given(new RetractEntry("group-a", formed, "duplicate of group-b", Now))
            .When(new CorrectEntry("group-a", formed, "topic", new WorkingGroupFormed("Labour", "bytow", D(2022, 6, 1)), Now))
            .ThenRefused("entry-already-retracted", "eventId");
    }

    [Fact]
    public void A_correction_gives_a_reason()
    {
        var scenario = Scenario.Network().Given(new FormWorkingGroup("a", "Labour market", "bytow", D(2022, 6, 1), Now));
        scenario.When(new CorrectEntry("group-a", scenario.LastEventId, " ", new WorkingGroupFormed("Labour", "bytow", D(2022, 6, 1)), Now))
            .ThenRefused("reason-required", "reason");
    }

    [Fact]
    public void A_replacement_that_is_not_data_of_the_corrected_type_is_refused_and_its_field_named()
    {
        var scenario = Scenario.Network().Given(new FormWorkingGroup("a", "Labour market", "bytow", D(2022, 6, 1), Now));
        scenario.When("group-a", new EntryCorrected(scenario.LastEventId, "typo", Json("""{"topic":"Labour","leadPartnerId":"bytow","formedOn":"June"}""")))
            .ThenRefused("correction-replacement-invalid", "replacement.formedOn");
    }

    [Fact]
    public void A_replacement_of_another_event_type_is_refused()
    {
        var scenario = Scenario.Network().Given(new FormWorkingGroup("a", "Labour market", "bytow", D(2022, 6, 1), Now));
        scenario.When(new CorrectEntry("group-a", scenario.LastEventId, "wrong type", new WorkingGroupClosed(D(2022, 7, 1)), Now))
            .ThenRefused("correction-type-mismatch", "replacement");
    }

    [Fact]
    public void A_replacement_must_pass_the_rules_of_the_corrected_fact()
    {
        var scenario = Scenario.Network().Given(new StartLeadershipTerm("bytow", D(2022, 9, 1), D(2023, 9, 1), Now));
        scenario.When(new CorrectEntry("network", scenario.LastEventId, "planned end mistyped",
                new LeadershipTermStarted("bytow", D(2022, 9, 1), D(2023, 3, 1)), Now))
            .ThenRefused("leadership-term-minimum-12-months", "replacement.plannedEndOn");
    }

    [Fact]
    public void A_replacement_is_checked_against_the_stream_as_it_was_so_the_corrected_fact_does_not_collide_with_itself()
    {
        var scenario = Scenario.Network().Given(new StartLeadershipTerm("bytow", D(2022, 9, 1), D(2023, 9, 1), Now));
        scenario.When(new CorrectEntry("network", scenario.LastEventId, "planned end mistyped",
                new LeadershipTermStarted("bytow", D(2022, 9, 1), D(2023, 12, 31)), Now))
            .ThenAccepted();
    }

    [Fact]
    public void A_correction_that_changes_nothing_is_refused()
    {
        var scenario = Scenario.Network().Given(new FormWorkingGroup("a", "Labour market", "bytow", D(2022, 6, 1), Now));
        scenario.When(new CorrectEntry("group-a", scenario.LastEventId, "no change", new WorkingGroupFormed("Labour market", "bytow", D(2022, 6, 1)), Now))
            .ThenRefused("correction-changes-nothing", "replacement");
    }

    [Fact]
    public void A_retracted_membership_no_longer_counts_so_the_partner_may_join_again()
    {
        var scenario = Scenario.Network().Given(new FormWorkingGroup("a", "Labour market", "bytow", D(2022, 6, 1), Now))
            .Given(new JoinWorkingGroup("a", "markaryd", D(2022, 7, 1), Now));
        scenario.Given(new RetractEntry("group-a", scenario.LastEventId, "recorded in the wrong group", Now))
            .When(new JoinWorkingGroup("a", "markaryd", D(2022, 7, 1), Now)).ThenAccepted();
    }

    [Fact]
    public void An_entry_is_retracted_once()
    {
        var scenario = Scenario.Network().Given(new FormWorkingGroup("a", "Labour market", "bytow", D(2022, 6, 1), Now))
            .Given(new JoinWorkingGroup("a", "markaryd", D(2022, 7, 1), Now));
        var joined = scenario.LastEventId;
        scenario.Given(new RetractEntry("group-a", joined, "wrong group", Now))
            .When(new RetractEntry("group-a", joined, "again", Now)).ThenRefused("entry-already-retracted", "eventId");
    }
}
