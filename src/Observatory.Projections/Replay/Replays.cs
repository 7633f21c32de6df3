using Observatory.Domain.Corrections;
using Observatory.Domain.Recording;
using Observatory.Projections.Facts;

namespace Observatory.Projections.Replay;

/// <summary>
/// In-memory replays: the daemon's projection code, folded over events in position order. Streaming and
/// allocation-light: one pass (two for <see cref="AsOf.HappenedBy"/>), no serialisation, no copy of the history.
/// </summary>
public static class Replays
{
    public static TState Run<TState>(Projection<TState> projection, IEnumerable<RecordedEvent> events, AsOf asOf) where TState : class
    {
        var state = projection.Initial;
        foreach (var recorded in Select(events, asOf))
            state = projection.Apply(state, recorded);
        return state;
    }

    public static object Run(IProjection projection, IEnumerable<RecordedEvent> events, AsOf asOf) =>
        RunAll([projection], events, asOf)[0];

    /// <summary>Every projection in one pass over the events; the states come back in the order of <paramref name="projections"/>.</summary>
    public static object[] RunAll(IReadOnlyList<IProjection> projections, IEnumerable<RecordedEvent> events, AsOf asOf)
    {
        var states = new object[projections.Count];
        for (var i = 0; i < states.Length; i++)
            states[i] = projections[i].Initial;
        foreach (var recorded in Select(events, asOf))
        {
            for (var i = 0; i < states.Length; i++)
                states[i] = projections[i].Apply(states[i], recorded);
        }
        return states;
    }

    public static TState AsOfPosition<TState>(Projection<TState> projection, IEnumerable<RecordedEvent> events, long position) where TState : class =>
        Run(projection, events, new AsOf.AtPosition(position));

    public static TState AsKnownAt<TState>(Projection<TState> projection, IEnumerable<RecordedEvent> events, DateTimeOffset recordedAt) where TState : class =>
        Run(projection, events, new AsOf.KnownAt(recordedAt));

    public static TState AsHappenedBy<TState>(Projection<TState> projection, IEnumerable<RecordedEvent> events, DateOnly businessDate) where TState : class =>
        Run(projection, events, new AsOf.HappenedBy(businessDate));

    /// <summary>The events a replay as of <paramref name="asOf"/> folds, in the order given (the log's position order).</summary>
    public static IEnumerable<RecordedEvent> Select(IEnumerable<RecordedEvent> events, AsOf asOf) => asOf switch
    {
        AsOf.AtPosition at => UpTo(events, at.Position),
        // Recording times need not rise with positions (concurrent writers), so every event is looked at.
        AsOf.KnownAt known => events.Where(e => e.RecordedAt <= known.RecordedAt),
        AsOf.HappenedBy by => HappenedBy(events, by.BusinessDate),
        _ => events,
    };

    private static IEnumerable<RecordedEvent> UpTo(IEnumerable<RecordedEvent> events, long position)
    {
        foreach (var recorded in events)
        {
            if (recorded.Position > position)
                yield break; // positions rise: nothing later can be at or below it
            yield return recorded;
        }
    }

    /// <summary>
    /// Two passes: the first works out each fact's business date as corrected by the whole log, the second folds the
    /// facts dated on or before the day, and the corrections and retractions of those facts. <paramref name="events"/>
    /// is enumerated twice.
    /// </summary>
    private static IEnumerable<RecordedEvent> HappenedBy(IEnumerable<RecordedEvent> events, DateOnly day)
    {
        var facts = new Dictionary<Guid, (Type Type, DateOnly OccurredOn, DateOnly Date)>();
        foreach (var recorded in events)
        {
            if (recorded.Event is EntryCorrected corrected && facts.TryGetValue(corrected.EventId, out var fact))
                facts[corrected.EventId] = fact with { Date = BusinessDates.Of(Tables.Replacement(fact.Type, corrected), fact.OccurredOn) };
            else if (recorded.Event is not ICorrectionEvent)
            {
                var occurredOn = FactMeta.Of(recorded).OccurredOn;
                facts[recorded.EventId] = (recorded.Event.GetType(), occurredOn, BusinessDates.Of(recorded.Event, occurredOn));
            }
        }
        return events.Where(recorded => facts.TryGetValue(recorded.Event is ICorrectionEvent c ? c.EventId : recorded.EventId, out var fact)
            && fact.Date <= day);
    }
}
