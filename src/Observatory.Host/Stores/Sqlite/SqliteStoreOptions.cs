namespace Observatory.Host.Stores.Sqlite;

/// <summary>How the embedded store opens its file. Settable properties so configuration can bind them.</summary>
public sealed class SqliteStoreOptions
{
    /// <summary>The database file; its directory is created when missing.</summary>
    public string DatabasePath { get; set; } = Path.Combine("data", "observatory.db");

    /// <summary>
    /// FULL (the default) makes every commit durable against power loss; NORMAL is about 6× faster on this kind of
    /// machine and in WAL mode can only lose the last commits on power loss, never corrupt the file.
    /// </summary>
    public SqliteSynchronous Synchronous { get; set; } = SqliteSynchronous.Full;

    /// <summary>How often waiting readers look for commits made by another process (PRAGMA data_version).</summary>
    public TimeSpan ChangePollInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The clock that stamps recordedAt.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// The one connection string to the file (its directory created when missing), so the event store and the read
    /// models share one pool of connections.
    /// </summary>
    internal string ConnectionString()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(DatabasePath);
        var path = Path.GetFullPath(DatabasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = Microsoft.Data.Sqlite.SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
        }.ToString();
    }
}

public enum SqliteSynchronous
{
    Full,
    Normal,
}
