using Observatory.Host.Projections;

namespace Observatory.Host.Tests.Daemon;

/// <summary>A read-model store that remembers every write committed through it and counts whole documents read as live.</summary>
internal sealed class WriteLog(IReadModelStore inner) : IReadModelStore
{
    private readonly List<ReadModelWrite> _writes = [];
    private int _liveLoads;
    private int _loads;

    public int LiveLoads => Volatile.Read(ref _liveLoads);

    /// <summary>Read models loaded by key, as the daemon loads the states it follows.</summary>
    public int Loads => Volatile.Read(ref _loads);

    public IReadOnlyList<ReadModelWrite> Writes
    {
        get
        {
            lock (_writes)
                return [.. _writes];
        }
    }

    public Task EnsureSchemaAsync(CancellationToken cancellationToken = default) => inner.EnsureSchemaAsync(cancellationToken);

    public Task<ReadModelDocument?> LoadAsync(ReadModelKey key, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _loads);
        return inner.LoadAsync(key, cancellationToken);
    }

    public Task<ReadModelDocument?> LoadLiveAsync(string network, string projection, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _liveLoads);
        return inner.LoadLiveAsync(network, projection, cancellationToken);
    }

    public Task<IReadOnlyList<LiveHeader>> ReadLiveHeadersAsync(string network, CancellationToken cancellationToken = default) =>
        inner.ReadLiveHeadersAsync(network, cancellationToken);

    public Task<IReadOnlyList<ParkedEvent>> ReadParkedAsync(ReadModelKey key, CancellationToken cancellationToken = default) =>
        inner.ReadParkedAsync(key, cancellationToken);

    public async Task CommitAsync(IReadOnlyList<ReadModelWrite> writes, Func<CancellationToken, Task>? beforeCommit = null,
        CancellationToken cancellationToken = default)
    {
        await inner.CommitAsync(writes, beforeCommit, cancellationToken);
        lock (_writes)
            _writes.AddRange(writes);
    }
}
