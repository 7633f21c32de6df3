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
        await drop.ExecuteNonQueryAsync();
    }
}
