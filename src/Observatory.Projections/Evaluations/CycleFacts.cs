using Observatory.Domain.Evaluations;
using Observatory.Domain.Network;
using Observatory.Domain.Recording;
using Observatory.Projections.Facts;

namespace Observatory.Projections.Evaluations;

public sealed record CycleFact(string Stream, DateOnly StartsOn, DateOnly EndsOn, string? Title, DateOnly? ClosedOn);

/// <summary>
/// The facts no projection keeps but an evaluation needs: cycles with their targets and tasks, migrant representatives
/// involved in planning, and published evaluations. Read from the effective log, so corrections and retractions count.
/// </summary>
public sealed record CycleFacts(
    IReadOnlyList<CycleFact> Cycles,
    IReadOnlyList<(string Stream, IndicatorTargetSet Target)> Targets,
    IReadOnlyList<(string Stream, TaskPlanned Task)> Tasks,
    IReadOnlyList<MigrantRepresentativeInvolved> Involvements)
{
    public static CycleFacts Of(IEnumerable<RecordedEvent> events) => Of(EffectiveLog.Build(events));

    public static CycleFacts Of(IReadOnlyList<EffectiveFact> facts)
    {
        var closed = facts.Where(f => f.Fact is EvaluationCycleClosed).GroupBy(f => f.Stream, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Min(f => ((EvaluationCycleClosed)f.Fact).ClosedOn), StringComparer.Ordinal);
        var cycles = facts.Where(f => f.Fact is EvaluationCycleOpened)
            .Select(f => (f.Stream, Opened: (EvaluationCycleOpened)f.Fact))
            .DistinctBy(c => c.Stream)
            .Select(c => new CycleFact(c.Stream, c.Opened.StartsOn, c.Opened.EndsOn, c.Opened.Title, closed.TryGetValue(c.Stream, out var on) ? on : null))
            .OrderBy(c => c.StartsOn).ThenBy(c => c.Stream, StringComparer.Ordinal)
            .ToList();
        return new CycleFacts(
            cycles,
            [.. facts.Where(f => f.Fact is IndicatorTargetSet).Select(f => (f.Stream, (IndicatorTargetSet)f.Fact))],
            [.. facts.Where(f => f.Fact is TaskPlanned).Select(f => (f.Stream, (TaskPlanned)f.Fact))],
            [.. facts.Select(f => f.Fact).OfType<MigrantRepresentativeInvolved>()]);
    }
}
