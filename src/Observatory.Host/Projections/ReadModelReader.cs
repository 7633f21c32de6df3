using System.Text.Json;
using Observatory.Projections;

namespace Observatory.Host.Projections;

/// <summary>A live read model as readers see it: the document of the one version whose status is live.</summary>
public sealed record LiveReadModel(string Network, string Projection, int Version, long Position, string Document, DateTimeOffset UpdatedAt)
{
    /// <summary>The document as the state type of a given version's code.</summary>
    public TState Deserialize<TState>() =>
        JsonSerializer.Deserialize<TState>(Document, ProjectionJson.Options)
        ?? throw new JsonException($"The live document of '{Projection}' v{Version} in '{Network}' is null.");
}

/// <summary>A live read model's state, as the projection's code folds it, and the log position it stands at.</summary>
public sealed record LiveState(string Network, string Projection, int Version, long Position, long Revision, object State, DateTimeOffset UpdatedAt);

/// <summary>
/// What dashboards and the HTTP API read. Only the live version is ever returned: a version being rebuilt stays
/// invisible until the daemon switches it live in one transaction, so a reader never sees a half-built model.
/// States come from <see cref="LiveStates"/> when it holds the revision the database holds, so a page costs one
/// small query instead of reading and parsing each of the network's whole states.
/// </summary>
public sealed class ReadModelReader(IReadModelStore store, LiveStates? states = null)
{
    private readonly LiveStates _states = states ?? new LiveStates();

    /// <returns>null while no version of the projection has caught up in this network yet.</returns>
    public async Task<LiveReadModel?> GetLiveAsync(string network, string projection, CancellationToken cancellationToken = default)
    {
        var live = await store.LoadLiveAsync(network, projection, cancellationToken).ConfigureAwait(false);
        return live is null
            ? null
            : new LiveReadModel(live.Key.Network, live.Key.Projection, live.Key.Version, live.Checkpoint, live.Document, live.UpdatedAt);
    }

    /// <returns>null while no version of the projection has caught up in this network yet.</returns>
    public async Task<LiveState?> GetLiveStateAsync(string network, IProjection projection, CancellationToken cancellationToken = default) =>
        (await GetLiveStatesAsync(network, [projection], cancellationToken).ConfigureAwait(false))[0];

    /// <summary>The live state, or the projection's initial one while it has not caught up (a page shows it empty rather than failing).</summary>
    public async Task<TState> StateOrInitialAsync<TState>(string network, Projection<TState> projection, CancellationToken cancellationToken = default)
        where TState : class =>
        await GetLiveStateAsync(network, projection, cancellationToken).ConfigureAwait(false) is { } live ? (TState)live.State : projection.Initial;

    /// <summary>The live state of each projection, in the order asked; null for one that has not caught up yet.</summary>
    public async Task<IReadOnlyList<LiveState?>> GetLiveStatesAsync(string network, IReadOnlyList<IProjection> projections,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(projections);
        var headers = await store.ReadLiveHeadersAsync(network, cancellationToken).ConfigureAwait(false);
        var result = new LiveState?[projections.Count];
        for (var i = 0; i < projections.Count; i++)
        {
            var projection = projections[i];
            if (headers.FirstOrDefault(h => h.Projection == projection.Name) is not { } header)
                continue;
            if (_states.TryGet(network, projection.Name, header.Version, header.Revision, header.Checkpoint, out var state, out var position))
            {
                result[i] = new LiveState(network, projection.Name, header.Version, position, header.Revision, state, header.UpdatedAt);
                continue;
            }
            // Not kept (or kept at another revision): the document itself, which may be newer than the header by now.
            var stored = await store.LoadLiveAsync(network, projection.Name, cancellationToken).ConfigureAwait(false);
            if (stored is null)
                continue;
            var parsed = ProjectionJson.Deserialize(projection, stored.Document);
            if (stored.Key.Version == projection.Version)
                _states.Put(stored.Key, stored.Revision, stored.Checkpoint, parsed);
            result[i] = new LiveState(network, projection.Name, stored.Key.Version, stored.Checkpoint, stored.Revision, parsed, stored.UpdatedAt);
        }
        return result;
    }
}
