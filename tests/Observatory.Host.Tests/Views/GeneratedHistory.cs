using Observatory.Domain.EventStore;
using Observatory.Domain.Recording;
using Observatory.Host.Generation;
using Observatory.Host.Log;
using Observatory.Projections;
using Observatory.Projections.Replay;

namespace Observatory.Host.Tests.Views;

/// <summary>One network of the benchmark's generated data set (~5,000 events, 10–40 partners, 10 years), folded.</summary>
internal static class GeneratedHistory
{
    private static readonly Lazy<IReadOnlyList<RecordedEvent>> Events = new(() =>
    {
        var history = HistoryGenerator.Generate(seed: 7, first: 3, count: 1, networks: 200, totalEvents: 1_000_000)[0];
        return [.. history.Events.Select(g => new StoredEvent(g.Event.EventId, history.Network, g.Stream, g.StreamVersion, g.Position,
            g.Event.Type, g.Event.SchemaVersion, g.Event.Data, g.Event.OccurredOn, g.Event.OccurredOn, g.Event.Metadata).ToRecorded())];
    });

    public static IReadOnlyList<RecordedEvent> Log => Events.Value;

    public static T State<T>(IProjection projection) => (T)Replays.RunAll([projection], Log, AsOf.Now)[0];

    /// <summary>Business days across the history: before it, inside it, after it.</summary>
    public static IEnumerable<DateOnly> Days()
    {
        var first = DateOnly.FromDateTime(Log.Min(e => e.OccurredOn).UtcDateTime);
        var last = DateOnly.FromDateTime(Log.Max(e => e.OccurredOn).UtcDateTime);
        var span = last.DayNumber - first.DayNumber;
        return [first.AddDays(-1), first.AddDays(span / 3), first.AddDays(2 * span / 3), last, last.AddDays(400)];
    }
}
