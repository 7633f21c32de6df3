namespace Observatory.Host.Stores.Postgres;

/// <summary>Where the server store lives. Settable properties so configuration can bind them.</summary>
public sealed class PostgresStoreOptions
{
    /// <summary>An Npgsql connection string, for example "Host=127.0.0.1;Username=observatory;Password=…;Database=observatory".</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>The schema that holds the store's tables; created on first use. Lowercase letters, digits and '_'.</summary>
    public string Schema { get; set; } = "observatory";

    /// <summary>
    /// How often a waiting reader reads its network's head when no notification came. Appends notify right after
    /// their commit (in the same round trip, outside the commit's critical section); a notification lost with a
    /// connection that died between the two is then noticed after at most this long.
    /// </summary>
    public TimeSpan HeadPollInterval { get; set; } = TimeSpan.FromSeconds(1);
}
