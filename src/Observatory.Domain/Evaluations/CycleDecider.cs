using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Observatory.Domain.Deciding;
using Observatory.Domain.Network;
using Observatory.Domain.Recording;

namespace Observatory.Domain.Evaluations;

/// <summary>A cycle covers a period no other cycle of the network covers; targets and tasks go only into an open one.</summary>
public static partial class CycleDecider
{
    public static CycleState Evolve(CycleState state, ICycleEvent fact) => fact switch
    {
        EvaluationCycleOpened opened => state with { Opened = true, StartsOn = opened.StartsOn, EndsOn = opened.EndsOn },
        TaskPlanned task => state with { TaskIds = state.TaskIds.Add(task.TaskId) },
        EvaluationCycleClosed => state with { Closed = true },
        _ => state,
    };

    public static DomainError? Check(CycleState state, ICycleEvent fact, FactContext context) => fact switch
    {
        EvaluationCycleOpened opened => Require.Period(opened.StartsOn, opened.EndsOn)
            ?? Require.OptionalText(opened.Title, "title")
            ?? NoOverlap(opened, context),
        IndicatorTargetSet target => Open(state)
            ?? Require.Slug(target.IndicatorKey, "indicatorKey", "indicator-key-format")
            ?? Require.NotNegative(target.TargetValue, "targetValue")
            ?? Require.Period(target.StartsOn, target.EndsOn)
            ?? (target.StartsOn < state.StartsOn ? OutsideCycle(state, "startsOn") : null)
            ?? (target.EndsOn > state.EndsOn ? OutsideCycle(state, "endsOn") : null),
        TaskPlanned task => Open(state)
            ?? Require.Slug(task.TaskId, "taskId", "task-id-format")
            ?? (state.TaskIds.Contains(task.TaskId) ? new DomainError("task-id-not-unique", $"task '{task.TaskId}' is already planned in this cycle", "taskId") : null)
            ?? Require.Text(task.Title, "title", "title-required")
            ?? context.Network.CurrentPartner(task.PartnerId, context.On, "partnerId"),
        EvaluationPublished published => (published.UpToPosition >= 1 && published.UpToPosition <= context.Ledger.Position
                ? null
                : new DomainError("evaluation-position-beyond-log", $"must be between 1 and the log's head ({context.Ledger.Position})", "upToPosition"))
            ?? (ContentHash().IsMatch(published.ContentHash) ? null : new DomainError("content-hash-format", "must be 64 lowercase hexadecimal digits (SHA-256)", "contentHash")),
        EvaluationCycleClosed closed => Open(state)
            ?? (closed.ClosedOn < state.StartsOn ? new DomainError("cycle-closed-before-start", $"the cycle starts on {state.StartsOn:yyyy-MM-dd}", "closedOn") : null),
        _ => null,
    };

    internal static ImmutableHashSet<Type> CreatingEvents { get; } = [typeof(EvaluationCycleOpened)];

    private static DomainError? Open(CycleState state) =>
        state.IsOpen ? null : new DomainError("evaluation-cycle-not-open", "the cycle is closed", null);

    private static DomainError OutsideCycle(CycleState state, string field) =>
        new("target-period-outside-cycle", $"must lie within the cycle, {state.StartsOn:yyyy-MM-dd} to {state.EndsOn:yyyy-MM-dd}", field);

    private static DomainError? NoOverlap(EvaluationCycleOpened opened, FactContext context) =>
        context.Ledger.StatesOf<CycleState>(StreamKinds.Cycle)
            .FirstOrDefault(c => c.Stream != context.Stream && c.State.Overlaps(opened.StartsOn, opened.EndsOn)) is ({ } other, _)
            ? new DomainError("evaluation-cycles-overlap", $"overlaps the period of '{other}'", "startsOn")
            : null;

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex ContentHash();
}
