using System.Collections.Concurrent;

namespace Observatory.Host.Projections;

/// <summary>
/// Deserialised live states kept in memory, one per network and projection, each valid for exactly one stored
/// revision of its read model. The daemon hands over every state it commits, so a reader of a network that is being
/// written to finds the state the database holds without reading or parsing the whole document; a reader that finds a
/// different revision in the database loads the document once and keeps what it parsed. States are immutable, so
/// readers share them. Holding at most <see cref="Capacity"/> entries, it forgets the least recently used.
/// </summary>
public sealed class LiveStates(int capacity = 4_096)
{
    private readonly ConcurrentDictionary<(string Network, string Projection), Entry> _entries = new();
    private long _clock;

    public int Capacity => capacity;

    public int Count => _entries.Count;

    /// <summary>Keeps <paramref name="state"/> as the one of <paramref name="key"/> at <paramref name="revision"/>, unless a later revision is already kept.</summary>
    public void Put(ReadModelKey key, long revision, object state)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(state);
        var entry = new Entry(key.Version, revision, state) { LastUsed = Interlocked.Increment(ref _clock) };
        _entries.AddOrUpdate((key.Network, key.Projection), entry,
            (_, kept) => (kept.Version, kept.Revision).CompareTo((entry.Version, entry.Revision)) > 0 ? kept : entry);
        if (_entries.Count > capacity)
            Evict();
    }

    /// <summary>The state of the read model at exactly this version and revision, if kept.</summary>
    public bool TryGet(string network, string projection, int version, long revision, out object state)
    {
        if (_entries.TryGetValue((network, projection), out var entry) && entry.Version == version && entry.Revision == revision)
        {
            entry.LastUsed = Interlocked.Increment(ref _clock);
            state = entry.State;
            return true;
        }
        state = null!;
        return false;
    }

    /// <summary>Forgets every state of a network (a daemon that lost its place reloads from the database).</summary>
    public void Forget(string network)
    {
        foreach (var key in _entries.Keys)
            if (key.Network == network)
                _entries.TryRemove(key, out _);
    }

    private void Evict()
    {
        // A tenth at a time, so a full cache does not sort on every put.
        var excess = _entries.Count - capacity + Math.Max(1, capacity / 10);
        foreach (var (key, _) in _entries.OrderBy(e => e.Value.LastUsed).Take(excess).ToList())
            _entries.TryRemove(key, out _);
    }

    private sealed record Entry(int Version, long Revision, object State)
    {
        public long LastUsed { get; set; }
    }
}
