using System.Collections.Concurrent;

namespace Observatory.Host.Projections;

/// <summary>
/// Deserialised live states kept in memory, one per network and projection, each valid for exactly one stored
/// revision of its read model. The daemon hands over every state it commits, so a reader of a network that is being
/// written to finds the state the database holds without reading or parsing the whole document; a reader that finds a
/// different revision in the database loads the document once and keeps what it parsed. States are immutable, so
/// readers share them. With <see cref="ProjectionDaemonOptions.DurableInterval"/> the daemon hands over states it has
/// folded but not yet committed, as the revision their commit will have: a state is served while it stands at least
/// as far as the database's (revision and checkpoint). Holding at most <see cref="Capacity"/> entries, it forgets the
/// least recently used.
/// </summary>
public sealed class LiveStates(int capacity = 4_096)
{
    private readonly ConcurrentDictionary<(string Network, string Projection), Entry> _entries = new();
    private long _clock;

    public int Capacity => capacity;

    public int Count => _entries.Count;

    /// <summary>Keeps <paramref name="state"/> as the one of <paramref name="key"/> at this revision and checkpoint, unless a later one is already kept.</summary>
    public void Put(ReadModelKey key, long revision, long checkpoint, object state)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(state);
        var entry = new Entry(key.Version, revision, checkpoint, state) { LastUsed = Interlocked.Increment(ref _clock) };
        _entries.AddOrUpdate((key.Network, key.Projection), entry,
            (_, kept) => (kept.Version, kept.Revision, kept.Checkpoint).CompareTo((entry.Version, entry.Revision, entry.Checkpoint)) > 0 ? kept : entry);
        if (_entries.Count > capacity)
            Evict();
    }

    /// <summary>
    /// The state kept for the read model at this version, if it stands at least at the stored revision and
    /// checkpoint: the stored one itself, or one folded further that is yet to be committed.
    /// </summary>
    public bool TryGet(string network, string projection, int version, long revision, long checkpoint, out object state, out long position)
    {
        if (_entries.TryGetValue((network, projection), out var entry) && entry.Version == version
            && entry.Revision >= revision && entry.Checkpoint >= checkpoint)
        {
            entry.LastUsed = Interlocked.Increment(ref _clock);
            (state, position) = (entry.State, entry.Checkpoint);
            return true;
        }
        (state, position) = (null!, 0);
        return false;
    }

    private void Evict()
    {
        // A tenth at a time, so a full cache does not sort on every put. ToArray is the dictionary's own atomic
        // snapshot: LINQ over the live dictionary copied it while other threads put, and failed (10M benchmark).
        var snapshot = _entries.ToArray();
        var excess = snapshot.Length - capacity + Math.Max(1, capacity / 10);
        if (excess <= 0)
            return;
        foreach (var (key, _) in snapshot.OrderBy(e => e.Value.LastUsed).Take(excess))
            _entries.TryRemove(key, out _);
    }

    private sealed record Entry(int Version, long Revision, long Checkpoint, object State)
    {
        public long LastUsed { get; set; }
    }
}
