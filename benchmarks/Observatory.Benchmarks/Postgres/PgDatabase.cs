using Npgsql;

namespace Observatory.Benchmarks.Postgres;

/// <summary>
/// The benchmarks' own database, observatory_bench, beside the one tests use, so neither ever sees the other's data.
/// Every measured case gets a fresh schema named bench_*; all of them are dropped at the start of a run.
/// </summary>
internal sealed class PgDatabase(string connectionString) : IAsyncDisposable
{
    /// <summary>observatory_bench, or OBSERVATORY_BENCH_DATABASE (lowercase letters, digits, '_'), so two runs on one server stay apart.</summary>
    public static string DatabaseName { get; } = Environment.GetEnvironmentVariable("OBSERVATORY_BENCH_DATABASE") is { Length: > 0 } name
        && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_') ? name : "observatory_bench";
    private readonly NpgsqlDataSource _admin = NpgsqlDataSource.Create(connectionString);

    public string ConnectionString { get; } = connectionString;

    public static async Task<PgDatabase> PrepareAsync(string baseConnectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(baseConnectionString);
        await using (var server = NpgsqlDataSource.Create(baseConnectionString))
        {
            await using var exists = server.CreateCommand("SELECT 1 FROM pg_database WHERE datname = $1");
            exists.Parameters.Add(new NpgsqlParameter { Value = DatabaseName });
            if (await exists.ExecuteScalarAsync() is null)
            {
                await using var create = server.CreateCommand($"CREATE DATABASE {DatabaseName}");
                await create.ExecuteNonQueryAsync();
            }
        }
        builder.Database = DatabaseName;
        // Room for 32 single-event clients plus the store's own pool; nothing else uses this database.
        builder.MaxPoolSize = 64;
        var database = new PgDatabase(builder.ConnectionString);
        foreach (var schema in await database.QueryAsync("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'bench\\_%'"))
            await database.DropSchemaAsync(schema);
        return database;
    }

    public async Task DropSchemaAsync(string schema) => await ExecuteAsync($"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE");

    public async Task ExecuteAsync(string sql)
    {
        await using var command = _admin.CreateCommand(sql);
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
    }

    public async Task<List<string>> QueryAsync(string sql)
    {
        await using var command = _admin.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
            values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture) ?? "");
        return values;
    }

    /// <summary>The server's version and the settings that decide write speed, for the table's header.</summary>
    public async Task<string> DescribeAsync()
    {
        var settings = await QueryAsync("""
            SELECT name || '=' || setting || coalesce(unit, '') FROM pg_settings
            WHERE name IN ('server_version', 'synchronous_commit', 'fsync', 'wal_level', 'shared_buffers', 'max_wal_size', 'full_page_writes')
            ORDER BY name
            """);
        return string.Join(", ", settings);
    }

    public ValueTask DisposeAsync() => _admin.DisposeAsync();
}
