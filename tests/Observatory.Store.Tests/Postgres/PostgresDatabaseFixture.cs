using Npgsql;

namespace Observatory.Store.Tests.Postgres;

/// <summary>A fresh database per test class, created through the admin connection and dropped (forcefully) at the end.</summary>
public sealed class PostgresDatabaseFixture : IAsyncLifetime
{
    private string? _database;

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        _database = "obs_" + Guid.NewGuid().ToString("N")[..16];
        await using (var admin = await PostgresServer.OpenAsync(PostgresServer.AdminConnectionString))
        await using (var create = new NpgsqlCommand($"CREATE DATABASE {_database}", admin))
            await create.ExecuteNonQueryAsync();
        ConnectionString = new NpgsqlConnectionStringBuilder(PostgresServer.AdminConnectionString) { Database = _database }.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        if (_database is null)
            return;
        NpgsqlConnection.ClearAllPools();
        await using var admin = await PostgresServer.OpenAsync(PostgresServer.AdminConnectionString);
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", admin);
        // FORCE may not end a backend of another role: an autovacuum worker that a write-heavy class (the concurrency
        // proof) woke on this database answers 42501 for a moment. It leaves by itself, so try again briefly.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await drop.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse && attempt < 40)
            {
                await Task.Delay(250);
            }
        }
    }
}
