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

/// <summary>
/// What dashboards and the HTTP API read. Only the live version is ever returned: a version being rebuilt stays
/// invisible until the daemon switches it live in one transaction, so a reader never sees a half-built model.
/// </summary>
public sealed class ReadModelReader(IReadModelStore store)
{
    /// <returns>null while no version of the projection has caught up in this network yet.</returns>
    public async Task<LiveReadModel?> GetLiveAsync(string network, string projection, CancellationToken cancellationToken = default)
    {
        var live = await store.LoadLiveAsync(network, projection, cancellationToken).ConfigureAwait(false);
        return live is null
            ? null
            : new LiveReadModel(live.Key.Network, live.Key.Projection, live.Key.Version, live.Checkpoint, live.Document, live.UpdatedAt);
    }
}
