using System.Collections.Concurrent;
using Observatory.Domain.EventStore;
using Observatory.Host.Projections;
using Observatory.Projections;
using Observatory.Store.Tests.Postgres;

namespace Observatory.Host.Tests.Daemon;

/// <summary>The daemon's behaviour, proven on both real stores: each concrete class below picks one.</summary>
public abstract partial class DaemonSpecs : IAsyncLifetime
{
    protected const string Network = "bytow-network";
    protected const int PageSize = 100;

    protected DaemonBackend Backend { get; private set; } = null!;

    protected abstract DaemonBackend CreateBackend();

    public Task InitializeAsync()
    {
        Backend = CreateBackend();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Backend.DisposeAsync();

    protected static ProjectionDaemon Daemon(
        (IEventStore Events, IReadModelStore ReadModels) stores, IProjection[] projections, Action<ProjectionDaemonOptions>? configure = null)
    {
        // A commit per page, as most specs count in pages; the rebuild specs show the default, a commit at the head.
        var options = new ProjectionDaemonOptions { PageSize = PageSize, EventsPerCommit = PageSize };
        configure?.Invoke(options);
        return new ProjectionDaemon(stores.Events, stores.ReadModels, projections, options);
    }

    protected static async Task<LiveReadModel> LiveAsync(IReadModelStore store, string network, string projection) =>
        await new ReadModelReader(store).GetLiveAsync(network, projection) ?? throw new Xunit.Sdk.XunitException($"No live '{projection}' in '{network}'.");

    protected static Task<ReadModelDocument?> StoredAsync(IReadModelStore store, IProjection projection, string network = Network) =>
        store.LoadAsync(new ReadModelKey(network, projection.Name, projection.Version));
}

public sealed class SqliteDaemonSpecs : DaemonSpecs
{
    protected override DaemonBackend CreateBackend() => new SqliteBackend();
}

public sealed class PostgresDaemonSpecs(PostgresDatabaseFixture database) : DaemonSpecs, IClassFixture<PostgresDatabaseFixture>
{
    protected override DaemonBackend CreateBackend() => new PostgresBackend(database.ConnectionString);

    [Fact]
    public async Task Read_model_documents_are_compressed_with_lz4_which_Debians_PostgreSQL_has()
    {
        var backend = (PostgresBackend)Backend;
        await backend.Open().ReadModels.EnsureSchemaAsync();
        await using var connection = new Npgsql.NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            "SELECT attcompression::text FROM pg_attribute WHERE attrelid = ($1 || '.read_models')::regclass AND attname = 'document'", connection);
        command.Parameters.AddWithValue(backend.Schema);

        Assert.Equal("l", await command.ExecuteScalarAsync());
    }
}

/// <summary>Lets a test await "the daemon has committed network N up to position P", with no sleeping or polling.</summary>
internal sealed class CommitWatch
{
    private readonly ConcurrentDictionary<string, long> _committed = new(StringComparer.Ordinal);
    private readonly List<(string Network, long Position, TaskCompletionSource Done)> _waiters = [];

    public Task AfterCommit(DaemonBatch batch, CancellationToken cancellationToken)
    {
        _committed.AddOrUpdate(batch.Network, batch.Position, (_, old) => Math.Max(old, batch.Position));
        lock (_waiters)
            foreach (var waiter in _waiters.Where(w => w.Network == batch.Network && w.Position <= batch.Position).ToList())
            {
                waiter.Done.TrySetResult();
                _waiters.Remove(waiter);
            }
        return Task.CompletedTask;
    }

    public Task WaitForAsync(string network, long position)
    {
        lock (_waiters)
        {
            if (_committed.TryGetValue(network, out var reached) && reached >= position)
                return Task.CompletedTask;
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((network, position, done));
            return done.Task.WaitAsync(TimeSpan.FromSeconds(10));
        }
    }
}
