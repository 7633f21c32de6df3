namespace Observatory.Host.Projections;

/// <summary>
/// Where the daemon keeps read models, their checkpoints and parked events: in the same database as the events.
/// A commit writes documents, checkpoints, statuses and parked events of one network together or not at all,
/// which is what makes every event count exactly once in every read model.
/// </summary>
public interface IReadModelStore
{
    /// <summary>Creates the read-model tables when missing; safe to call any number of times.</summary>
    Task EnsureSchemaAsync(CancellationToken cancellationToken = default);

    Task<ReadModelDocument?> LoadAsync(ReadModelKey key, CancellationToken cancellationToken = default);

    /// <summary>The one version of the projection whose status is live, if any.</summary>
    Task<ReadModelDocument?> LoadLiveAsync(string network, string projection, CancellationToken cancellationToken = default);

    /// <summary>
    /// Where every live read model of a network stands, without its document: one small query that tells a reader
    /// whether the state it holds in memory (<see cref="LiveStates"/>) is still the stored one.
    /// </summary>
    Task<IReadOnlyList<LiveHeader>> ReadLiveHeadersAsync(string network, CancellationToken cancellationToken = default);

    /// <summary>Parked events of a read model in position order.</summary>
    Task<IReadOnlyList<ParkedEvent>> ReadParkedAsync(ReadModelKey key, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes all <paramref name="writes"/> (of one network) in one transaction. Throws
    /// <see cref="ReadModelConflictException"/>, and writes nothing, when any read model is not at its expected
    /// revision (0: not stored yet). <paramref name="beforeCommit"/> runs inside the transaction after every write,
    /// so tests can stand for a crash just before the commit.
    /// </summary>
    Task CommitAsync(IReadOnlyList<ReadModelWrite> writes, Func<CancellationToken, Task>? beforeCommit = null,
        CancellationToken cancellationToken = default);
}
