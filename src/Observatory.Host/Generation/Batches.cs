using Observatory.Domain.EventStore;

namespace Observatory.Host.Generation;

/// <summary>How generated histories are cut into appends, the same way for the store and for the raw baselines.</summary>
internal static class Batches
{
    /// <summary>Consecutive slices of one network's log, each one transaction.</summary>
    public static IEnumerable<ArraySegment<GeneratedEvent>> Slices(NetworkHistory history, int size)
    {
        var all = history.Events as GeneratedEvent[] ?? [.. history.Events];
        for (var i = 0; i < all.Length; i += size)
            yield return new ArraySegment<GeneratedEvent>(all, i, Math.Min(size, all.Length - i));
    }

    /// <summary>
    /// One append request for a slice: consecutive events of a stream form one stream append, with the exact version
    /// the stream had before them (the full optimistic check, as a command would make it). A stream may come back
    /// later in the same slice; its versions carry on.
    /// </summary>
    public static IReadOnlyList<StreamAppend> ToAppends(ArraySegment<GeneratedEvent> slice)
    {
        var appends = new List<StreamAppend>();
        var i = 0;
        while (i < slice.Count)
        {
            var first = slice[i];
            var run = new List<EventToAppend>();
            while (i < slice.Count && slice[i].Stream == first.Stream)
                run.Add(slice[i++].Event);
            appends.Add(new StreamAppend(first.Stream, ExpectedVersion.Exactly(first.StreamVersion - 1), run));
        }
        return appends;
    }

    /// <summary>A single-event command: one event, one stream, the version it was decided against.</summary>
    public static IReadOnlyList<StreamAppend> Single(GeneratedEvent e) =>
        [new StreamAppend(e.Stream, ExpectedVersion.Exactly(e.StreamVersion - 1), [e.Event])];

    /// <summary>The networks of one worker when <paramref name="workers"/> share them: worker w takes every w-th network.</summary>
    public static IEnumerable<NetworkHistory> ForWorker(IReadOnlyList<NetworkHistory> histories, int worker, int workers) =>
        histories.Where((_, i) => i % workers == worker);

    public static long Count(IEnumerable<NetworkHistory> histories) => histories.Sum(h => (long)h.Events.Count);
}
