using Observatory.Domain.Evaluations;
using Observatory.Domain.Network;
using Observatory.Domain.Recording;
using Observatory.Domain.Sharing;
using Observatory.Projections.Evaluations;
using Observatory.Projections.Tests.Golden;
using Observatory.Projections.Tests.Seed;
using FirstIndicators = Observatory.Domain.Evaluations.Indicators;

namespace Observatory.Projections.Tests.Evaluations;

/// <summary>Given the report's network handed over to Markaryd, who opens the next cycle with targets and tasks.</summary>
public class HandoverSpecs
{
    private const string Network = SeedEvaluationSpecs.Network;
    private static readonly DateOnly HandedOver = new(2023, 7, 1);
    private static readonly DateOnly NextEnd = new(2024, 6, 30);

    private static readonly IReadOnlyList<RecordedEvent> Log = SeedLog.With(SeedLog.Events,
        ("network", new LeadershipHandedOver("bytow-municipality", "markaryd", HandedOver, NextEnd), HandedOver),
        ("cycle-markaryd-2023-07", new EvaluationCycleOpened(HandedOver, NextEnd, "Observatory year 1"), HandedOver),
        ("cycle-markaryd-2023-07", new IndicatorTargetSet(FirstIndicators.NetworkedMembers, 15, HandedOver, NextEnd), HandedOver),
        ("cycle-markaryd-2023-07", new IndicatorTargetSet(FirstIndicators.WorkingGroupsSetUp, 3, HandedOver, NextEnd), HandedOver),
        ("cycle-markaryd-2023-07", new TaskPlanned("language-group", "Set up the language-education working group", "markaryd", new DateOnly(2023, 12, 31),
            ThematicArea.Education), HandedOver),
        ("cycle-markaryd-2023-07", new TaskPlanned("quarterly-meetings", "Hold a meeting every quarter", "taurage", new DateOnly(2024, 6, 30)), HandedOver));

    private static EvaluationDocument Outgoing =>
        EvaluationBuilder.Build(Network, Log, new CycleSelector.TermStartingOn(new DateOnly(2020, 9, 1)), Log[^1].Position);

    [Fact]
    public void The_handover_puts_the_outgoing_evaluation_next_to_the_incoming_leaders_targets_and_tasks()
    {
        var view = Handover.Build(Outgoing, Log);

        Assert.Equal(("bytow-municipality", "markaryd", HandedOver, "cycle-markaryd-2023-07"),
            (view.OutgoingPartnerId, view.IncomingPartnerId, view.HandedOverOn, view.IncomingCycle));
        Assert.Equal([(FirstIndicators.NetworkedMembers, 15m), (FirstIndicators.WorkingGroupsSetUp, 3m)],
            view.IncomingPlan.Targets.Select(t => (t.IndicatorKey, t.TargetValue)));
        Assert.Equal(["language-group", "quarterly-meetings"], view.IncomingPlan.Tasks.Select(t => t.TaskId));
        Assert.Equal(new DateOnly(2023, 6, 30), view.Outgoing.Cycle.To);
    }

    [Fact]
    public void The_handover_view_as_markdown_is_the_approved_one() =>
        Approvals.Verify(Handover.Markdown(Handover.Build(Outgoing, Log)), "handover.report-network", "md");

    [Fact]
    public void The_next_cycle_is_compared_with_the_previous_term_and_measured_against_its_targets()
    {
        var next = EvaluationBuilder.Build(Network, Log, CycleSelector.Default, Log[^1].Position);

        Assert.Equal("cycle-markaryd-2023-07", next.Cycle.Stream);
        Assert.Equal("cycle-bytow-municipality-2020-09", next.Comparison.Previous);
        var meetings = next.Comparison.Measures.Single(m => m.Measure == "meetings");
        Assert.Equal((0m, 5m, -5m), (meetings.Current, meetings.Previous, meetings.Change));
        Assert.Equal(15m, next.Indicators.Single(i => i.Key == FirstIndicators.NetworkedMembers && i.Measure == "stock").Target);
        Assert.Equal(2, next.Plan.Tasks.Count);
        Assert.True(next.ThematicCoverage.Single(a => a.Area == "education").Covered);
    }

    [Fact]
    public void Without_a_later_term_there_is_no_handover_to_show()
    {
        var evaluation = EvaluationBuilder.Build(Network, SeedLog.Events, CycleSelector.Default, 78);

        Assert.Equal("cycle", Assert.Throws<EvaluationException>(() => Handover.Build(evaluation, SeedLog.Events)).Field);
    }
}
