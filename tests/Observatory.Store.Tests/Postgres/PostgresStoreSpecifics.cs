using Npgsql;
using Observatory.Domain.EventStore;
using Observatory.Host.Stores.Postgres;
using static Observatory.Store.Tests.TestEvents;

namespace Observatory.Store.Tests.Postgres;

/// <summary>What only the server store has: its listener connection, its column types, its failure message.</summary>
public sealed class PostgresStoreSpecifics(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    private const string Network = "bytow-observatory";

    private PostgresEventStore NewStore(string? schema = null) =>
        new(new PostgresStoreOptions { ConnectionString = database.ConnectionString, Schema = schema ?? "t_" + Guid.NewGuid().ToString("N")[..12] });

    [Fact]
    public async Task The_listener_reconnects_after_its_connection_is_killed_and_waiters_still_wake()
    {
        await using var store = NewStore();
        await store.AppendAsync(Network, One("network", ExpectedVersion.Any, Event()));
        await store.WaitForEventsAsync(Network, 0);
        var firstListener = store.ListenerProcessId ?? throw new InvalidOperationException("No listener after a wait.");

        var waiting = store.WaitForEventsAsync(Network, 1);
        await TerminateAsync(firstListener);
        // Appended while the listener may be away: its NOTIFY can be lost, the wake-up after reconnecting is not.
        await store.AppendAsync(Network, One("network", ExpectedVersion.Any, Event()));
        await waiting.WaitAsync(TimeSpan.FromSeconds(15));

        var deadline = DateTime.UtcNow.AddSeconds(15);
        while ((store.ListenerProcessId is null || store.ListenerProcessId == firstListener) && DateTime.UtcNow < deadline)
            await Task.Delay(50);
        Assert.NotEqual(firstListener, store.ListenerProcessId);
        var afterReconnect = store.WaitForEventsAsync(Network, 2);
        await store.AppendAsync(Network, One("network", ExpectedVersion.Any, Event()));
        await afterReconnect.WaitAsync(TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task A_waiter_finds_a_commit_whose_notification_never_came_by_polling_the_head()
    {
        var schema = "t_" + Guid.NewGuid().ToString("N")[..12];
        await using var store = new PostgresEventStore(new PostgresStoreOptions
        {
            ConnectionString = database.ConnectionString,
            Schema = schema,
            HeadPollInterval = TimeSpan.FromMilliseconds(200),
        });
        await store.AppendAsync(Network, One("network", ExpectedVersion.Any, Event()));
        var waiting = store.WaitForEventsAsync(Network, 1);
        await Task.Delay(300);
        Assert.False(waiting.IsCompleted);

        // A commit without its NOTIFY, as when the appending connection dies between COMMIT and NOTIFY.
        await using (var connection = await PostgresServer.OpenAsync(database.ConnectionString))
        await using (var silent = new NpgsqlCommand($$"""
            INSERT INTO {{schema}}.events (network, position, stream, stream_version, event_id, type, schema_version, data,
                                         occurred_on, recorded_at, actor, correlation_id, content_hash)
            VALUES (@network, 2, 'network', 2, gen_random_uuid(), 'practice-shared', 1, '{}', now(), now(), 'test', gen_random_uuid(), '\x00');
            UPDATE {{schema}}.networks SET head = 2 WHERE network = @network;
            """, connection))
        {
            silent.Parameters.AddWithValue("network", Network);
            await silent.ExecuteNonQueryAsync();
        }

        await waiting.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(2, await store.ReadHeadAsync(Network));
    }

    [Fact]
    public async Task Events_are_stored_as_jsonb_with_timestamptz_times_keyed_by_network_first()
    {
        await using var store = NewStore("obs_types");
        await store.EnsureSchemaAsync();
        await store.EnsureSchemaAsync();

        await using var connection = await PostgresServer.OpenAsync(database.ConnectionString);
        await using var columns = new NpgsqlCommand("""
            SELECT column_name, data_type FROM information_schema.columns
            WHERE table_schema = 'obs_types' AND table_name = 'events' AND column_name IN ('data', 'occurred_on', 'recorded_at')
            ORDER BY column_name
            """, connection);
        var types = new List<string>();
        await using (var reader = await columns.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                types.Add($"{reader.GetString(0)} {reader.GetString(1)}");
        await using var keys = new NpgsqlCommand("""
            SELECT indexdef FROM pg_indexes WHERE schemaname = 'obs_types' ORDER BY indexname
            """, connection);
        var indexes = new List<string>();
        await using (var reader = await keys.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                indexes.Add(reader.GetString(0));

        Assert.Equal(["data jsonb", "occurred_on timestamp with time zone", "recorded_at timestamp with time zone"], types);
        Assert.All(indexes, index => Assert.Contains("btree (network", index, StringComparison.Ordinal));
        Assert.Contains(indexes, i => i.Contains("UNIQUE INDEX events_event_id_key", StringComparison.Ordinal));
        Assert.Contains(indexes, i => i.Contains("UNIQUE INDEX events_stream_version_key", StringComparison.Ordinal));
        Assert.Contains(indexes, i => i.Contains("UNIQUE INDEX events_pkey ON obs_types.events USING btree (network, \"position\")", StringComparison.Ordinal));
    }

    [Fact]
    public void A_schema_name_that_is_not_a_plain_identifier_is_refused()
    {
        var refused = Assert.Throws<ArgumentException>(() => NewStore("observatory; DROP TABLE x"));
        Assert.Contains("Schema", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_server_fails_with_the_command_that_starts_it()
    {
        var unreachable = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Port = 1 }.ConnectionString;

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => PostgresServer.OpenAsync(unreachable));

        Assert.Contains("deploy/services.sh postgres", failure.Message, StringComparison.Ordinal);
        Assert.Contains("OBSERVATORY_POSTGRES", failure.Message, StringComparison.Ordinal);
    }

    private async Task TerminateAsync(int processId)
    {
        await using var connection = await PostgresServer.OpenAsync(database.ConnectionString);
        await using var kill = new NpgsqlCommand("SELECT pg_terminate_backend(@pid)", connection);
        kill.Parameters.AddWithValue("pid", processId);
        Assert.True((bool)(await kill.ExecuteScalarAsync())!);
    }
}
