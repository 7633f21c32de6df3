using Microsoft.Data.Sqlite;
using Observatory.Domain.EventStore;
using Observatory.Host.Stores.Sqlite;
using static Observatory.Store.Tests.TestEvents;

namespace Observatory.Store.Tests.Sqlite;

/// <summary>What only the embedded store has: its file, its journal mode, its synchronous setting.</summary>
public sealed class SqliteStoreSpecifics : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    [Theory]
    [InlineData(SqliteSynchronous.Full)]
    [InlineData(SqliteSynchronous.Normal)]
    public async Task The_store_creates_its_directory_and_a_wal_database_in_either_synchronous_mode(SqliteSynchronous synchronous)
    {
        var path = _directory.File(Path.Combine("nested", "data", $"{synchronous}.db"));
        await using (var store = new SqliteEventStore(new SqliteStoreOptions { DatabasePath = path, Synchronous = synchronous }))
        {
            await store.EnsureSchemaAsync();
            await store.EnsureSchemaAsync();
            await store.AppendAsync("bytow-observatory", One("network", ExpectedVersion.NoStream, Event()));
        }

        Assert.True(File.Exists(path));
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task The_log_survives_closing_and_reopening_the_store()
    {
        var options = new SqliteStoreOptions { DatabasePath = _directory.File("reopen.db") };
        var appended = Events(3);
        await using (var store = new SqliteEventStore(options))
            await store.AppendAsync("bytow-observatory", One("network", ExpectedVersion.NoStream, appended));

        await using var reopened = new SqliteEventStore(options);
        var log = await reopened.ReadWholeLogAsync("bytow-observatory");

        Assert.Equal(appended.Select(e => e.EventId), log.Select(e => e.EventId));
        Assert.Equal(3, (await reopened.AppendAsync("bytow-observatory", One("network", ExpectedVersion.Exactly(3), appended))).LastPosition);
    }

    public void Dispose() => _directory.Dispose();
}
