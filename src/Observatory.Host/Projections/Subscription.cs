using Observatory.Domain.EventStore;
using Observatory.Domain.Recording;
using Observatory.Projections;

namespace Observatory.Host.Projections;

/// <summary>
/// One read model in memory between commits: its state, checkpoint and parked streams as last committed, plus what
/// was folded since. It is thrown away whenever a commit fails, so memory never runs ahead of the database.
/// </summary>
internal sealed class Subscription
{
    private readonly List<ParkedEvent> _newlyParked = [];
    private bool _stateChanged;

    private Subscription(IProjection projection, ReadModelKey key, ReadModelDocument? stored, IReadOnlyList<ParkedEvent> parked)
    {
        Projection = projection;
        Key = key;
        State = stored is null ? projection.Initial : ProjectionJson.Deserialize(projection, stored.Document);
        Checkpoint = stored?.Checkpoint ?? 0;
        Revision = stored?.Revision ?? 0;
        // A retired version that is registered again resumes from its checkpoint and has to catch up before going live.
        Status = stored?.Status == ReadModelStatus.Live ? ReadModelStatus.Live : ReadModelStatus.Building;
        ParkedCount = parked.Count;
        foreach (var p in parked)
            ParkedStreams.TryAdd(p.Stream, p.Position);
    }

    public IProjection Projection { get; }
    public ReadModelKey Key { get; }
    public object State { get; private set; }
    public long Checkpoint { get; private set; }
    public long Revision { get; private set; }
    public ReadModelStatus Status { get; private set; }
    public int ParkedCount { get; private set; }

    /// <summary>Each parked stream with the position of its first parked event.</summary>
    public Dictionary<string, long> ParkedStreams { get; } = new(StringComparer.Ordinal);

    /// <summary>Events folded (applied or parked) since the last commit.</summary>
    public int Pending { get; private set; }

    public static async Task<Subscription> LoadAsync(IProjection projection, string network, IReadModelStore store, CancellationToken cancellationToken)
    {
        var key = new ReadModelKey(network, projection.Name, projection.Version);
        var stored = await store.LoadAsync(key, cancellationToken).ConfigureAwait(false);
        var parked = await store.ReadParkedAsync(key, cancellationToken).ConfigureAwait(false);
        return new Subscription(projection, key, stored, parked);
    }

    /// <summary>
    /// Folds one event, unless this read model already holds it. An event of a parked stream is parked behind the
    /// stream's first failure; an event the projection cannot apply (or the log cannot read) parks its stream.
    /// </summary>
    public void Fold(StoredEvent stored, Lazy<RecordedEvent> recorded, DateTimeOffset now)
    {
        if (stored.Position <= Checkpoint)
            return;
        Checkpoint = stored.Position;
        Pending++;
        if (ParkedStreams.TryGetValue(stored.Stream, out var first))
        {
            Park(stored, BehindMessage(stored.Stream, first), now);
            return;
        }
        try
        {
            // Projections hand back the very same state for an event they ignore: then there is no document to rewrite.
            var next = Projection.Apply(State, recorded.Value);
            if (!ReferenceEquals(next, State))
            {
                State = next;
                _stateChanged = true;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Any exception, not only ProjectionException: a bug in one projection must not stop the others.
            ParkedStreams[stored.Stream] = stored.Position;
            Park(stored, Describe(e), now);
        }
    }

    public bool HasPending => Pending > 0;

    /// <summary>The commit of what was folded; the document only when the state changed or was never stored.</summary>
    public ReadModelWrite ToWrite(bool goesLive) =>
        new(Key, Revision, goesLive ? ReadModelStatus.Live : Status, Checkpoint,
            _stateChanged || Revision == 0 ? ProjectionJson.Serialize(Projection, State) : null, [.. _newlyParked], [])
        {
            GoesLive = goesLive,
        };

    public void Committed(bool wentLive)
    {
        Revision++;
        if (wentLive)
            Status = ReadModelStatus.Live;
        ParkedCount += _newlyParked.Count;
        _newlyParked.Clear();
        Pending = 0;
        _stateChanged = false;
    }

    /// <summary>Takes the outcome of a committed retry: the new state and the streams still parked.</summary>
    public void Retried(object state, IReadOnlyDictionary<string, long> stillParked, int parkedCount)
    {
        State = state;
        Revision++;
        ParkedStreams.Clear();
        foreach (var (stream, first) in stillParked)
            ParkedStreams[stream] = first;
        ParkedCount = parkedCount;
    }

    public static string BehindMessage(string stream, long firstPosition) =>
        $"Stream '{stream}' is parked since position {firstPosition}; this later event waits behind it.";

    public static string Describe(Exception e) =>
        e is ProjectionException ? e.Message : $"{e.GetType().Name}: {e.Message}";

    private void Park(StoredEvent stored, string error, DateTimeOffset now) =>
        _newlyParked.Add(new ParkedEvent(stored.Position, stored.Stream, stored.EventId, error, now));
}
