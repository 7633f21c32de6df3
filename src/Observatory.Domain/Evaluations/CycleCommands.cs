using Observatory.Domain.Deciding;
using Observatory.Domain.Recording;

namespace Observatory.Domain.Evaluations;

public abstract record CycleCommand(string CycleId, DateTimeOffset Now) : Command(Now)
{
    public override string Stream => $"{StreamKinds.Cycle}-{CycleId}";
    public override DateTimeOffset OccurredOn => Now;
}

/// <summary>Without a period, the cycle covers the current leadership term: the leader plans a year ahead.</summary>
public sealed record OpenEvaluationCycle(string CycleId, DateTimeOffset Now, DateOnly? StartsOn = null, DateOnly? EndsOn = null, string? Title = null)
    : CycleCommand(CycleId, Now);

/// <summary>Without a period, the target covers the whole cycle.</summary>
public sealed record SetIndicatorTarget(string CycleId, string IndicatorKey, decimal TargetValue, DateTimeOffset Now, DateOnly? StartsOn = null, DateOnly? EndsOn = null)
    : CycleCommand(CycleId, Now);

public sealed record PlanTask(string CycleId, string TaskId, string Title, string PartnerId, DateOnly DueOn, DateTimeOffset Now)
    : CycleCommand(CycleId, Now);

public sealed record CloseEvaluationCycle(string CycleId, DateOnly ClosedOn, DateTimeOffset Now) : CycleCommand(CycleId, Now)
{
    public override DateTimeOffset OccurredOn => Commands.StartOf(ClosedOn);
}

public static class CycleCommands
{
    public static Decision Decide(CycleCommand command, NetworkLedger ledger) => command switch
    {
        OpenEvaluationCycle { StartsOn: null } or OpenEvaluationCycle { EndsOn: null } when ledger.Network.CurrentTerm is null =>
            Decision.Reject("no-period-and-no-leadership-term", "give a period: there is no leadership term to take it from", "startsOn"),
        OpenEvaluationCycle c => ledger.Record(c, new EvaluationCycleOpened(
            c.StartsOn ?? ledger.Network.CurrentTerm!.StartsOn, c.EndsOn ?? ledger.Network.CurrentTerm!.PlannedEndOn, c.Title)),
        SetIndicatorTarget c => ledger.Record(c, new IndicatorTargetSet(c.IndicatorKey, c.TargetValue,
            c.StartsOn ?? Cycle(c, ledger).StartsOn, c.EndsOn ?? Cycle(c, ledger).EndsOn)),
        PlanTask c => ledger.Record(c, new TaskPlanned(c.TaskId, c.Title, c.PartnerId, c.DueOn)),
        CloseEvaluationCycle c => ledger.Record(c, new EvaluationCycleClosed(c.ClosedOn)),
        _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Not a cycle command."),
    };

    private static CycleState Cycle(CycleCommand command, NetworkLedger ledger) =>
        ledger.StateOf<CycleState>(command.Stream) ?? CycleState.Initial;
}
