using Observatory.Domain.EventStore;
using Observatory.Host.Publishing;
using Observatory.Host.Stores.Sqlite;

namespace Observatory.Bus.Tests.Infrastructure;

/// <summary>A real embedded store in a temporary folder, with the publisher's checkpoints in the same file.</summary>
internal sealed class SqliteLog : IAsyncDisposable
{
    public const string Network = "bytow-observatory";

    private readonly TemporaryDirectory _directory = new();

    public SqliteLog()
    {
        var path = _directory.File("observatory.db");
        Store = new SqliteEventStore(new SqliteStoreOptions { DatabasePath = path, Synchronous = SqliteSynchronous.Normal });
        Checkpoints = new SqlitePublisherCheckpoints(path);
    }

    public SqliteEventStore Store { get; }

    /// <summary>The folder holding observatory.db, as the executable's --data option takes it.</summary>
    public string DataDirectory => _directory.Path;

    public SqlitePublisherCheckpoints Checkpoints { get; }

    /// <summary>Appends and returns the new events' ids in position order.</summary>
    public Task<List<Guid>> AppendAsync(params StreamAppend[] appends) => AppendAsync(Store, Network, appends);

    public static async Task<List<Guid>> AppendAsync(IEventStore store, string network, params StreamAppend[] appends)
    {
        var result = await store.AppendAsync(network, appends);
        return [.. result.Events.OrderBy(e => e.Position).Select(e => e.EventId)];
    }

    /// <summary>Fast retries and small batches, so the tests see several batches and recover quickly.</summary>
    public static EventPublisherOptions FastOptions() => new()
    {
        BatchSize = 50,
        PublishTimeout = TimeSpan.FromSeconds(5),
        MinBackoff = TimeSpan.FromMilliseconds(50),
        MaxBackoff = TimeSpan.FromSeconds(1),
        NetworkDiscoveryInterval = TimeSpan.FromMilliseconds(200),
    };

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        _directory.Dispose();
    }
}
