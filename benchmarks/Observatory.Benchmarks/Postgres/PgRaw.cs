using System.Text;
using Npgsql;
using NpgsqlTypes;
using Observatory.Host.Generation;
using Observatory.Benchmarks.Reporting;

namespace Observatory.Benchmarks.Postgres;

/// <summary>
/// The raw limits: the same rows written and read with the plainest fast methods and no event-store logic at all
/// (no lock, no version or id checks, no head, no NOTIFY). Values are bound as parameters with their types, as the
/// store binds them, and recorded_at is taken once per transaction.
/// </summary>
internal sealed class PgRaw(string connectionString)
{
    private static readonly NpgsqlDbType[] Types =
    [
        NpgsqlDbType.Text, NpgsqlDbType.Bigint, NpgsqlDbType.Text, NpgsqlDbType.Bigint, NpgsqlDbType.Uuid, NpgsqlDbType.Text,
        NpgsqlDbType.Integer, NpgsqlDbType.Jsonb, NpgsqlDbType.TimestampTz, NpgsqlDbType.TimestampTz, NpgsqlDbType.Text,
        NpgsqlDbType.Uuid, NpgsqlDbType.Uuid, NpgsqlDbType.Bytea,
    ];

    /// <summary>Binary COPY, one COPY (one transaction) per network, one writer: the bulk-import limit.</summary>
    public async Task<Rate> CopyAsync(string schema, RawShape shape, IReadOnlyList<NetworkHistory> histories)
    {
        var types = TypesFor(shape);
        await using var connection = await OpenAsync();
        return await Measure.WorkersAsync(1, async worker =>
        {
            long count = 0;
            foreach (var history in histories)
            {
                await using var copy = await connection.BeginBinaryImportAsync(
                    $"COPY {PgRawTable.Table(schema)} ({PgRawTable.Columns}) FROM STDIN (FORMAT BINARY)");
                var recordedAt = DateTime.UtcNow;
                foreach (var e in history.Events)
                {
                    await copy.StartRowAsync();
                    foreach (var (value, type) in Values(history.Network, e, recordedAt).Zip(types))
                        await copy.WriteAsync(value, type);
                }
                count += (long)await copy.CompleteAsync();
            }
            return count;
        });
    }

    /// <summary>
    /// One prepared multi-row INSERT per slice of 100 rows, each its own transaction, from 1 or more writers. With
    /// <paramref name="notify"/>, the transaction also sends a NOTIFY, as the store's appends do, in the same round trip.
    /// </summary>
    public async Task<Rate> MultiRowInsertAsync(string schema, IReadOnlyList<NetworkHistory> histories, int writers, int batchSize, bool notify = false) =>
        await Measure.WorkersAsync(writers, async w =>
        {
            await using var connection = await OpenAsync();
            var commands = new Dictionary<int, Insert>();
            long count = 0;
            foreach (var history in Batches.ForWorker(histories, w, writers))
            {
                foreach (var slice in Batches.Slices(history, batchSize))
                {
                    if (!commands.TryGetValue(slice.Count, out var command))
                        commands[slice.Count] = command = await Insert.PrepareAsync(connection, schema, slice.Count, notify);
                    var recordedAt = DateTime.UtcNow;
                    var p = 0;
                    foreach (var e in slice)
                        foreach (var value in Values(history.Network, e, recordedAt))
                            command.Parameters[p++].Value = value;
                    await command.Batch.ExecuteNonQueryAsync();
                    count += slice.Count;
                }
            }
            foreach (var command in commands.Values)
                await command.Batch.DisposeAsync();
            return count;
        });

    /// <summary>One row per durable commit, from many concurrent clients, each operation timed.</summary>
    public async Task<Rate> SingleInsertsAsync(string schema, IReadOnlyList<IReadOnlyList<(string Network, GeneratedEvent Event)>> perClient, bool notify = false) =>
        await Measure.TimedWorkersAsync(perClient.Count, async (c, times) =>
        {
            await using var connection = await OpenAsync();
            var command = await Insert.PrepareAsync(connection, schema, 1, notify);
            await using var batch = command.Batch;
            foreach (var (network, e) in perClient[c])
            {
                var p = 0;
                foreach (var value in Values(network, e, DateTime.UtcNow))
                    command.Parameters[p++].Value = value;
                await Measure.TimeAsync(times, () => batch.ExecuteNonQueryAsync());
            }
            return perClient[c].Count;
        });

    /// <summary>A plain sequential read: one streaming SELECT per network in position order, every column decoded.</summary>
    public Task<Rate> StreamingReadAsync(string schema, IReadOnlyList<NetworkHistory> histories) =>
        StreamingReadAsync(schema, [.. histories.Select(h => h.Network)]);

    public async Task<Rate> StreamingReadAsync(string schema, IReadOnlyList<string> networks)
    {
        await using var connection = await OpenAsync();
        return await Measure.WorkersAsync(1, async worker =>
        {
            long count = 0;
            foreach (var network in networks)
            {
                await using var command = new NpgsqlCommand(
                    $"SELECT position, stream, stream_version, event_id, type, schema_version, data, occurred_on, recorded_at, actor, correlation_id, causation_id FROM {PgRawTable.Table(schema)} WHERE network = $1 ORDER BY position",
                    connection);
                command.Parameters.Add(new NpgsqlParameter { Value = network });
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    _ = (reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2), reader.GetGuid(3), reader.GetString(4), reader.GetInt32(5),
                        reader.GetString(6), reader.GetFieldValue<DateTime>(7), reader.GetFieldValue<DateTime>(8), reader.GetString(9),
                        reader.GetGuid(10), reader.IsDBNull(11));
                    count++;
                }
            }
            return count;
        });
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>A prepared INSERT of n rows with positional parameters, optionally wrapped with BEGIN, NOTIFY and COMMIT.</summary>
    private sealed record Insert(NpgsqlBatch Batch, NpgsqlParameterCollection Parameters)
    {
        public static async Task<Insert> PrepareAsync(NpgsqlConnection connection, string schema, int rows, bool notify)
        {
            var text = new StringBuilder($"INSERT INTO {PgRawTable.Table(schema)} ({PgRawTable.Columns}) VALUES ");
            var insert = new NpgsqlBatchCommand();
            for (var r = 0; r < rows; r++)
            {
                text.Append(r == 0 ? "(" : ",(");
                for (var c = 0; c < PgRawTable.ColumnCount; c++)
                {
                    text.Append(c == 0 ? "$" : ",$").Append(r * PgRawTable.ColumnCount + c + 1);
                    insert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = Types[c] });
                }
                text.Append(')');
            }
            insert.CommandText = text.ToString();
            var batch = new NpgsqlBatch(connection);
            if (notify)
                batch.BatchCommands.Add(new NpgsqlBatchCommand("BEGIN"));
            batch.BatchCommands.Add(insert);
            if (notify)
            {
                batch.BatchCommands.Add(new NpgsqlBatchCommand($"SELECT pg_notify('{schema}', 'head')"));
                batch.BatchCommands.Add(new NpgsqlBatchCommand("COMMIT"));
            }
            await batch.PrepareAsync();
            return new Insert(batch, insert.Parameters);
        }
    }

    private static NpgsqlDbType[] TypesFor(RawShape shape) =>
        shape == RawShape.TextData ? [.. Types.Select(t => t == NpgsqlDbType.Jsonb ? NpgsqlDbType.Text : t)] : Types;

    private static object[] Values(string network, GeneratedEvent e, DateTime recordedAt) =>
    [
        network, e.Position, e.Stream, e.StreamVersion, e.Event.EventId, e.Event.Type, e.Event.SchemaVersion, e.Event.Data,
        e.Event.OccurredOn.UtcDateTime, recordedAt, e.Event.Metadata.Actor, e.Event.Metadata.CorrelationId,
        (object?)e.Event.Metadata.CausationId ?? DBNull.Value, e.Hash,
    ];
}
