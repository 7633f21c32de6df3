using Npgsql;

namespace Observatory.Store.Tests.Postgres;

/// <summary>Where the tests find PostgreSQL, and the one clear message when they cannot.</summary>
internal static class PostgresServer
{
    // As deploy/services.sh exports it: no TLS to a loopback server.
    public const string DefaultConnectionString = "Host=127.0.0.1;Port=5432;Username=observatory;Password=observatory;Database=observatory;SSL Mode=Disable";

    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable("OBSERVATORY_POSTGRES") is { Length: > 0 } fromEnvironment ? fromEnvironment : DefaultConnectionString;

    /// <summary>Opens a connection or fails the test with what to do about it; these tests never skip.</summary>
    public static async Task<NpgsqlConnection> OpenAsync(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Timeout = 5 };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            await connection.OpenAsync();
            return connection;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            await connection.DisposeAsync();
            throw new InvalidOperationException(
                $"PostgreSQL is not reachable at {builder.Host}:{builder.Port} as '{builder.Username}' (database '{builder.Database}'): {e.Message} " +
                "Start it with `sudo bash deploy/services.sh postgres`, or point OBSERVATORY_POSTGRES at a server.", e);
        }
    }
}
