using Observatory.Domain.Evaluations;
using Observatory.Domain.Network;
using static Observatory.Domain.Tests.Dates;

namespace Observatory.Domain.Tests;

public class CycleSpecs
{
    private static readonly DateTimeOffset Now = Scenario.Now;
    private const string Cycle = "cycle-2022-23";

    private static Scenario BytowLeads() =>
        Scenario.Network().Given(new StartLeadershipTerm("bytow", D(2022, 9, 1), D(2023, 9, 1), Now));

    private static Scenario OpenCycle() => BytowLeads().Given(new OpenEvaluationCycle("2022-23", Now));

    [Fact]
    public void A_cycle_opened_without_a_period_covers_the_current_leadership_term() =>
        BytowLeads().When(new OpenEvaluationCycle("2022-23", Now, Title: "Bytów's year"))
            .ThenAccepted(new EvaluationCycleOpened(D(2022, 9, 1), D(2023, 9, 1), "Bytów's year"));

    [Fact]
    public void A_cycle_without_a_period_is_refused_when_nobody_leads() =>
        Scenario.Network().When(new OpenEvaluationCycle("2022-23", Now)).ThenRefused("no-period-and-no-leadership-term", "startsOn");

    [Fact]
    public void A_cycle_with_an_explicit_period_needs_no_leadership_term() =>
        Scenario.Network().When(new OpenEvaluationCycle("2022", Now, D(2022, 1, 1), D(2023, 1, 1)))
            .ThenAccepted(new EvaluationCycleOpened(D(2022, 1, 1), D(2023, 1, 1)));

    [Fact]
    public void A_period_must_start_before_it_ends() =>
        Scenario.Network().When(new OpenEvaluationCycle("2022", Now, D(2022, 1, 1), D(2022, 1, 1)))
            .ThenRefused("period-start-before-end", "endsOn");

    [Fact]
    public void Two_cycles_of_a_network_never_overlap() =>
        OpenCycle().When(new OpenEvaluationCycle("2023", Now, D(2023, 6, 1), D(2024, 6, 1)))
            .ThenRefused("evaluation-cycles-overlap", "startsOn");

    [Fact]
    public void A_cycle_may_start_the_day_the_previous_one_ends() =>
        OpenCycle().When(new OpenEvaluationCycle("2023-24", Now, D(2023, 9, 1), D(2024, 9, 1))).ThenAccepted();

    [Fact]
    public void A_target_without_a_period_covers_the_cycle() =>
        OpenCycle().When(new SetIndicatorTarget("2022-23", Indicators.NetworkedMembers, 40, Now))
            .ThenAccepted(new IndicatorTargetSet("networked-members", 40, D(2022, 9, 1), D(2023, 9, 1)));

    [Fact]
    public void A_network_may_set_targets_for_indicators_of_its_own() =>
        OpenCycle().When(new SetIndicatorTarget("2022-23", "peer-review-visits", 9, Now, D(2023, 1, 1), D(2023, 6, 30)))
            .ThenAccepted(new IndicatorTargetSet("peer-review-visits", 9, D(2023, 1, 1), D(2023, 6, 30)));

    [Theory]
    [InlineData("Networked Members")]
    [InlineData("networked_members")]
    [InlineData("")]
    public void An_indicator_key_is_lowercase_letters_digits_and_dashes(string key) =>
        OpenCycle().When(new SetIndicatorTarget("2022-23", key, 40, Now)).ThenRefused("indicator-key-format", "indicatorKey");

    [Fact]
    public void A_target_is_never_negative() =>
        OpenCycle().When(new SetIndicatorTarget("2022-23", Indicators.WorkingGroupsSetUp, -1, Now)).ThenRefused("value-negative", "targetValue");

    [Fact]
    public void A_target_period_lies_within_the_cycle() =>
        OpenCycle().When(new SetIndicatorTarget("2022-23", Indicators.ResourcesSharedOnline, 10, Now, D(2023, 1, 1), D(2023, 12, 31)))
            .ThenRefused("target-period-outside-cycle", "endsOn");

    [Fact]
    public void Targets_are_set_only_on_an_open_cycle() =>
        OpenCycle().Given(new CloseEvaluationCycle("2022-23", D(2023, 4, 1), Now))
            .When(new SetIndicatorTarget("2022-23", Indicators.NetworkedMembers, 40, Now))
            .ThenRefused("evaluation-cycle-not-open", null);

    [Fact]
    public void A_target_for_a_cycle_that_was_never_opened_is_refused() =>
        BytowLeads().When(new SetIndicatorTarget("2030", Indicators.NetworkedMembers, 40, Now))
            .ThenRefused("stream-must-start-with-creating-event", "type");

    [Fact]
    public void A_task_id_is_planned_once_per_cycle() =>
        OpenCycle().Given(new PlanTask("2022-23", "visit-stralsund", "Study visit", "vorpommern-ruegen", D(2022, 10, 20), Now))
            .When(new PlanTask("2022-23", "visit-stralsund", "Another visit", "bytow", D(2022, 11, 20), Now))
            .ThenRefused("task-id-not-unique", "taskId");

    [Fact]
    public void An_evaluation_is_published_up_to_a_position_of_the_log_with_its_content_hash()
    {
        var published = new EvaluationPublished(11, new string('a', 64), D(2023, 4, 15));
        OpenCycle().When(Cycle, published).ThenAccepted(published);
    }

    [Fact]
    public void An_evaluation_cannot_cover_positions_the_log_does_not_have() =>
        OpenCycle().When(Cycle, new EvaluationPublished(12, new string('a', 64), D(2023, 4, 15)))
            .ThenRefused("evaluation-position-beyond-log", "upToPosition");

    [Fact]
    public void An_evaluation_hash_is_a_sha256_in_lowercase_hex() =>
        OpenCycle().When(Cycle, new EvaluationPublished(11, "ABC", D(2023, 4, 15))).ThenRefused("content-hash-format", "contentHash");

    [Fact]
    public void A_closed_cycle_is_not_closed_again() =>
        OpenCycle().Given(new CloseEvaluationCycle("2022-23", D(2023, 4, 1), Now))
            .When(new CloseEvaluationCycle("2022-23", D(2023, 4, 2), Now)).ThenRefused("evaluation-cycle-not-open", null);
}
