using Observatory.Domain.Serialization;
using Observatory.Domain.Sharing;

namespace Observatory.Domain.Evaluations;

/// <summary>Facts of a "cycle-{id}" stream: one year plan, normally one leadership term, and its evaluation.</summary>
public interface ICycleEvent : IDomainEvent;

[EventType("evaluation-cycle-opened")]
public sealed record EvaluationCycleOpened(DateOnly StartsOn, DateOnly EndsOn, string? Title = null) : ICycleEvent;

/// <summary><see cref="IndicatorKey"/> is any key the network declares; <see cref="Indicators"/> lists the first ones.</summary>
[EventType("indicator-target-set")]
public sealed record IndicatorTargetSet(string IndicatorKey, decimal TargetValue, DateOnly StartsOn, DateOnly EndsOn) : ICycleEvent;

[EventType("task-planned")]
public sealed record TaskPlanned(string TaskId, string Title, string PartnerId, DateOnly DueOn, ThematicArea? ThematicArea = null) : ICycleEvent;

/// <summary>The evaluation computed from the log up to <see cref="UpToPosition"/>; <c>verify</c> recomputes <see cref="ContentHash"/>.</summary>
[EventType("evaluation-published")]
public sealed record EvaluationPublished(long UpToPosition, string ContentHash, DateOnly PublishedOn) : ICycleEvent;

[EventType("evaluation-cycle-closed")]
public sealed record EvaluationCycleClosed(DateOnly ClosedOn) : ICycleEvent;
