using System.Collections;
using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Observatory.Projections.Facts;

/// <summary>
/// An immutable table of entries keyed by event id, in log order, built for folds: adding an entry is amortised O(1)
/// and allocates a few dozen bytes, where a persistent hash tree copies a path of nodes per event (measured: the
/// difference, measured over all projections on 2 cores, between ~90k and ~500k events per second).
/// <para>
/// Versions share one append-only store. A version sees the first <see cref="StoreCount"/> slots, which are never
/// written again, plus its own small map of corrections and retractions. Only the newest version of a store
/// appends in place; adding to an older version (a branch) copies its slots into a new store first, so every
/// version keeps its contents forever, as an immutable value must. The store is guarded by a lock, so versions may
/// be read and branched from any thread.
/// </para>
/// </summary>
[JsonConverter(typeof(EntryTableJsonConverterFactory))]
public sealed class EntryTable<TFact> : IReadOnlyCollection<KeyValuePair<Guid, Entry<TFact>>>
{
    private readonly Store store;
    private readonly int count;
    // A corrected entry maps to its replacement, a retracted one to null; corrections are rare, so this stays small.
    private readonly ImmutableDictionary<Guid, Entry<TFact>?> mended;

    private EntryTable(Store store, int count, ImmutableDictionary<Guid, Entry<TFact>?> mended) =>
        (this.store, this.count, this.mended) = (store, count, mended);

    public static EntryTable<TFact> Empty { get; } = new(new Store(), 0, ImmutableDictionary<Guid, Entry<TFact>?>.Empty);

    private int StoreCount => count;

    /// <summary>Live entries: slots minus retractions.</summary>
    public int Count => count - mended.Values.Count(e => e is null);

    public IEnumerable<Entry<TFact>> Values => this.Select(pair => pair.Value);

    public bool TryGetValue(Guid eventId, out Entry<TFact> entry)
    {
        if (mended.TryGetValue(eventId, out var mendedEntry))
        {
            entry = mendedEntry!;
            return mendedEntry is not null;
        }
        lock (store)
        {
            if (store.Index.TryGetValue(eventId, out var slot) && slot < count)
            {
                entry = store.Entries[slot];
                return true;
            }
        }
        entry = null!;
        return false;
    }

    /// <summary>Adds the entry, or replaces the one with the same id (an event delivered twice changes nothing).</summary>
    public EntryTable<TFact> SetItem(Guid eventId, Entry<TFact> entry)
    {
        lock (store)
        {
            if (store.Index.TryGetValue(eventId, out var slot) && slot < count)
                return new EntryTable<TFact>(store, count, mended.SetItem(eventId, entry));
            // The shared empty table never takes entries in place, or it would keep the first fold's history alive.
            if (store.Count == count && count > 0)
            {
                store.Append(eventId, entry);
                return new EntryTable<TFact>(store, count + 1, mended);
            }
            var branch = count == 0 ? new Store() : store.CopyOf(count);
            branch.Append(eventId, entry);
            return new EntryTable<TFact>(branch, count + 1, mended);
        }
    }

    public EntryTable<TFact> Remove(Guid eventId) =>
        TryGetValue(eventId, out _) ? new EntryTable<TFact>(store, count, mended.SetItem(eventId, null)) : this;

    public IEnumerator<KeyValuePair<Guid, Entry<TFact>>> GetEnumerator()
    {
        Guid[] keys;
        Entry<TFact>[] entries;
        lock (store)
            (keys, entries) = (store.Keys, store.Entries);
        for (var i = 0; i < count; i++)
        {
            if (!mended.TryGetValue(keys[i], out var mendedEntry))
                yield return new(keys[i], entries[i]);
            else if (mendedEntry is not null)
                yield return new(keys[i], mendedEntry);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public static EntryTable<TFact> From(IEnumerable<KeyValuePair<Guid, Entry<TFact>>> entries) =>
        entries.Aggregate(Empty, (table, pair) => table.SetItem(pair.Key, pair.Value));

    private sealed class Store
    {
        public Guid[] Keys = new Guid[4];
        public Entry<TFact>[] Entries = new Entry<TFact>[4];
        public readonly Dictionary<Guid, int> Index = [];
        public int Count;

        // Slots below Count are never written again; a full store moves to larger arrays and leaves the old ones to
        // the versions that still read them.
        public void Append(Guid key, Entry<TFact> entry)
        {
            if (Count == Keys.Length)
            {
                Array.Resize(ref Keys, Keys.Length * 2);
                Array.Resize(ref Entries, Entries.Length * 2);
            }
            Keys[Count] = key;
            Entries[Count] = entry;
            Index[key] = Count;
            Count++;
        }

        public Store CopyOf(int count)
        {
            var copy = new Store();
            for (var i = 0; i < count; i++)
                copy.Append(Keys[i], Entries[i]);
            return copy;
        }
    }
}
