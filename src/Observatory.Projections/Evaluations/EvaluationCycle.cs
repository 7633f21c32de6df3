using Observatory.Domain.Recording;
using Observatory.Projections.Indicators;
using Observatory.Projections.Periods;
using Observatory.Projections.Replay;
using Observatory.Projections.Roster;

namespace Observatory.Projections.Evaluations;

/// <summary>Which cycle to evaluate: by default the latest leadership term, or the term that started on a day, or a cycle stream.</summary>
public abstract record CycleSelector
{
    private CycleSelector() { }

    public sealed record LatestTerm : CycleSelector;

    public sealed record TermStartingOn(DateOnly StartsOn) : CycleSelector;

    public sealed record CycleStream(string Stream) : CycleSelector;

    public static CycleSelector Default { get; } = new LatestTerm();
}

/// <summary>
/// A cycle as resolved from the log: the stream its evaluation is published to and its period. A leadership term is
/// anchored on the day it started (2020-09-01 to 2023-06-30), never on calendar years.
/// </summary>
public sealed record EvaluationCycle(string Stream, DateOnly From, DateOnly To)
{
    public Period Period => new(From, To, Stream);
}

/// <summary>A cycle that cannot be evaluated as asked; <see cref="Field"/> names the input, the message the rule.</summary>
public sealed class EvaluationException(string field, string rule) : Exception($"{field}: {rule}")
{
    public string Field { get; } = field;
    public string Rule { get; } = rule;
}

public static class EvaluationCycles
{
    /// <summary>The stream a term's evaluation goes to when no cycle was opened for it: "cycle-{partner}-{start yyyy-MM}".</summary>
    public static string StreamFor(LeadershipTermPeriod term) => $"cycle-{term.PartnerId}-{term.From:yyyy-MM}";

    /// <summary>
    /// Resolves a selector against a log. A term for which a cycle starting on the same day was opened resolves to that
    /// cycle, whose period is fixed once opened (a handover may shorten a term; it never moves a published cycle).
    /// </summary>
    public static EvaluationCycle Resolve(IReadOnlyList<RecordedEvent> events, CycleSelector selector)
    {
        var terms = IndicatorsView.Terms(Replays.Run(IndicatorsProjection.Instance, events, AsOf.Now));
        var cycles = CycleFacts.Of(events).Cycles;
        return selector switch
        {
            // A term's stream name selects the term even before its cycle is opened (by publishing its evaluation).
            CycleSelector.CycleStream s => cycles.FirstOrDefault(c => c.Stream == s.Stream) is { } cycle
                ? new EvaluationCycle(cycle.Stream, cycle.StartsOn, cycle.EndsOn)
                : terms.Select(t => ForTerm(t, cycles)).FirstOrDefault(c => c.Stream == s.Stream)
                ?? throw new EvaluationException("cycle", $"'{s.Stream}' is not an evaluation cycle of this network"
                    + (cycles.Count == 0 ? " (it has none)" : $" (it has: {string.Join(", ", cycles.Select(c => c.Stream))})")),
            CycleSelector.TermStartingOn t => terms.FirstOrDefault(term => term.From == t.StartsOn) is { } term
                ? ForTerm(term, cycles)
                : throw new EvaluationException("term-start", $"no leadership term started on {t.StartsOn:yyyy-MM-dd}"
                    + (terms.Count == 0 ? " (there is none)" : $" (terms start on: {string.Join(", ", terms.Select(x => x.From.ToString("yyyy-MM-dd")))})")),
            _ => terms.Count > 0 ? ForTerm(terms[^1], cycles)
                : cycles.Count > 0 ? cycles.OrderBy(c => c.StartsOn).Select(c => new EvaluationCycle(c.Stream, c.StartsOn, c.EndsOn)).Last()
                : throw new EvaluationException("cycle", "the log has no leadership term and no evaluation cycle to evaluate"),
        };
    }

    /// <summary>Every term and cycle of the log as a cycle, one per stream, in order of start.</summary>
    public static IReadOnlyList<EvaluationCycle> All(IReadOnlyList<LeadershipTermPeriod> terms, IReadOnlyList<CycleFact> cycles) =>
        [.. terms.Select(t => ForTerm(t, cycles)).Concat(cycles.Select(c => new EvaluationCycle(c.Stream, c.StartsOn, c.EndsOn)))
            .DistinctBy(c => c.Stream).OrderBy(c => c.From).ThenBy(c => c.Stream, StringComparer.Ordinal)];

    /// <summary>Whole months from <paramref name="from"/> to the day after <paramref name="to"/>: a term of 2020-09-01..2023-06-30 is 34.</summary>
    public static int Months(DateOnly from, DateOnly to)
    {
        var end = to.AddDays(1);
        var months = (end.Year * 12 + end.Month) - (from.Year * 12 + from.Month);
        return end.Day < from.Day ? months - 1 : months;
    }

    private static EvaluationCycle ForTerm(LeadershipTermPeriod term, IReadOnlyList<CycleFact> cycles) =>
        cycles.FirstOrDefault(c => c.StartsOn == term.From) is { } cycle
            ? new EvaluationCycle(cycle.Stream, cycle.StartsOn, cycle.EndsOn)
            : new EvaluationCycle(StreamFor(term), term.From, term.To);
}
