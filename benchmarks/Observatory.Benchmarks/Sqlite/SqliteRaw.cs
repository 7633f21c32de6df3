using System.Text;
using Microsoft.Data.Sqlite;
using Observatory.Host.Generation;
using Observatory.Benchmarks.Reporting;
using Observatory.Host.Stores.Sqlite;

namespace Observatory.Benchmarks.Sqlite;

/// <summary>
/// SQLite's raw limits on a file of its own, with the store's pragmas (WAL, the same synchronous mode) and the store's
/// column encodings (ids as 16-byte big-endian blobs, times as integer microseconds), but only the primary key
/// (network, position) and no event-store logic: no head, no id or version lookups.
/// </summary>
internal sealed class SqliteRaw : IDisposable
{
    private const int Columns = 14;
    private readonly SqliteConnection _connection;

    public SqliteRaw(string path, SqliteSynchronous synchronous)
    {
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        _connection.Open();
        Execute($"""
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = {(synchronous == SqliteSynchronous.Full ? "FULL" : "NORMAL")};
            CREATE TABLE events (
                network TEXT NOT NULL, position INTEGER NOT NULL, stream TEXT NOT NULL, stream_version INTEGER NOT NULL,
                event_id BLOB NOT NULL, type TEXT NOT NULL, schema_version INTEGER NOT NULL, data TEXT NOT NULL,
                occurred_on INTEGER NOT NULL, recorded_at INTEGER NOT NULL, actor TEXT NOT NULL, correlation_id BLOB NOT NULL,
                causation_id BLOB, content_hash BLOB NOT NULL,
                PRIMARY KEY (network, position));
            """);
    }

    /// <summary>
    /// Slices of 100 rows, one transaction each, one writer, written by prepared INSERTs of <paramref name="rowsPerStatement"/>
    /// rows: 100 is one multi-row INSERT per transaction, 1 is the same single-row statement run 100 times.
    /// </summary>
    public Task<Rate> BatchesAsync(IReadOnlyList<NetworkHistory> histories, int batchSize, int rowsPerStatement) => Measure.WorkersAsync(1, worker =>
    {
        var commands = new Dictionary<int, SqliteCommand>();
        long count = 0;
        foreach (var history in histories)
        {
            foreach (var slice in Batches.Slices(history, batchSize))
            {
                using var transaction = _connection.BeginTransaction(deferred: false);
                var recordedAt = Micros(DateTimeOffset.UtcNow);
                for (var start = 0; start < slice.Count; start += rowsPerStatement)
                {
                    var rows = slice.Slice(start, Math.Min(rowsPerStatement, slice.Count - start));
                    if (!commands.TryGetValue(rows.Count, out var command))
                        commands[rows.Count] = command = PrepareInsert(rows.Count);
                    command.Transaction = transaction;
                    var p = 0;
                    foreach (var e in rows)
                        foreach (var value in Values(history.Network, e, recordedAt))
                            command.Parameters[p++].Value = value;
                    count += command.ExecuteNonQuery();
                }
                transaction.Commit();
            }
        }
        foreach (var command in commands.Values)
            command.Dispose();
        return Task.FromResult(count);
    });

    /// <summary>One row per transaction (a single-statement autocommit), each timed.</summary>
    public Task<Rate> SinglesAsync(IReadOnlyList<(string Network, GeneratedEvent Event)> events) => Measure.TimedWorkersAsync(1, async (_, times) =>
    {
        using var command = PrepareInsert(1);
        foreach (var (network, e) in events)
        {
            var p = 0;
            foreach (var value in Values(network, e, Micros(DateTimeOffset.UtcNow)))
                command.Parameters[p++].Value = value;
            await Measure.TimeAsync(times, () => Task.FromResult(command.ExecuteNonQuery()));
        }
        return events.Count;
    });

    /// <summary>A single SELECT over the whole table in storage order, every column decoded as the store decodes it.</summary>
    public Task<Rate> ReadAsync() => Measure.WorkersAsync(1, worker =>
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT position, stream, stream_version, event_id, type, schema_version, data, occurred_on, recorded_at, actor, correlation_id, causation_id FROM events";
        using var reader = command.ExecuteReader();
        long count = 0;
        while (reader.Read())
        {
            _ = (reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2), new Guid((byte[])reader[3], bigEndian: true), reader.GetString(4),
                reader.GetInt32(5), reader.GetString(6), reader.GetInt64(7), reader.GetInt64(8), reader.GetString(9),
                new Guid((byte[])reader[10], bigEndian: true), reader.IsDBNull(11));
            count++;
        }
        return Task.FromResult(count);
    });

    private SqliteCommand PrepareInsert(int rows)
    {
        var text = new StringBuilder("INSERT INTO events VALUES ");
        var command = _connection.CreateCommand();
        for (var r = 0; r < rows; r++)
        {
            text.Append(r == 0 ? "(" : ",(");
            for (var c = 0; c < Columns; c++)
            {
                var name = $"$p{r * Columns + c}";
                text.Append(c == 0 ? name : "," + name);
                command.Parameters.Add(new SqliteParameter { ParameterName = name });
            }
            text.Append(')');
        }
        command.CommandText = text.ToString();
        command.Prepare();
        return command;
    }

    private static long Micros(DateTimeOffset t) => (t.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TimeSpan.TicksPerMicrosecond;

    private static object[] Values(string network, GeneratedEvent e, long recordedAt) =>
    [
        network, e.Position, e.Stream, e.StreamVersion, e.Event.EventId.ToByteArray(bigEndian: true), e.Event.Type, e.Event.SchemaVersion,
        e.Event.Data, Micros(e.Event.OccurredOn), recordedAt, e.Event.Metadata.Actor, e.Event.Metadata.CorrelationId.ToByteArray(bigEndian: true),
        e.Event.Metadata.CausationId is { } c ? c.ToByteArray(bigEndian: true) : DBNull.Value, e.Hash,
    ];

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose() => _connection.Dispose();
}
