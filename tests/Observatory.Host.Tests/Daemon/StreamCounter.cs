using System.Collections.Immutable;
using Observatory.Domain.Recording;
using Observatory.Domain.Sharing;
using Observatory.Projections;

namespace Observatory.Host.Tests.Daemon;

public sealed record StreamTally(long Count, long LastPosition, long PositionSum);

public sealed record CounterState(ImmutableSortedDictionary<string, StreamTally> Streams, long Events);

/// <summary>
/// Counts events per stream and sums their positions (times the version, so versions differ). It refuses an event
/// of a stream at or before one it already counted, so an event folded twice fails loudly instead of hiding in a
/// total. Titles in <see cref="Poison"/> cannot be applied; taking one out stands for a fix of the code. Resources
/// whose title starts with <paramref name="ignoring"/> are not counted: the state comes back unchanged, as real
/// projections hand back theirs for events they do not follow.
/// </summary>
public sealed class StreamCounter(string name = "stream-counter", int version = 1, string? ignoring = null) : Projection<CounterState>
{
    private readonly HashSet<string> _poison = [];

    public override string Name => name;
    public override int Version => version;
    public override CounterState Initial { get; } = new(ImmutableSortedDictionary<string, StreamTally>.Empty.WithComparers(StringComparer.Ordinal), 0);

    public StreamCounter Poison(params string[] titles)
    {
        lock (_poison)
            _poison.UnionWith(titles);
        return this;
    }

    public void Cure(params string[] titles)
    {
        lock (_poison)
            _poison.ExceptWith(titles);
    }

    public override CounterState Apply(CounterState state, RecordedEvent recorded)
    {
        if (recorded.Event is ResourcePublished { Title: var title })
            lock (_poison)
                if (_poison.Contains(title))
                    throw new ProjectionException($"Cannot count '{title}'.");
        if (ignoring is not null && recorded.Event is ResourcePublished { Title: var ignored } && ignored.StartsWith(ignoring, StringComparison.Ordinal))
            return state;
        var tally = state.Streams.GetValueOrDefault(recorded.Stream) ?? new StreamTally(0, 0, 0);
        if (recorded.Position <= tally.LastPosition)
            throw new InvalidOperationException($"Position {recorded.Position} of '{recorded.Stream}' was already counted.");
        var next = new StreamTally(tally.Count + 1, recorded.Position, tally.PositionSum + (recorded.Position * Version));
        return new CounterState(state.Streams.SetItem(recorded.Stream, next), state.Events + 1);
    }
}
