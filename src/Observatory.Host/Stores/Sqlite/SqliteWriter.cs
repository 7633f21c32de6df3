using Microsoft.Data.Sqlite;

namespace Observatory.Host.Stores.Sqlite;

/// <summary>
/// The store's one write connection and its prepared statements, kept for the life of the store: opening a
/// connection per append cost a peer ten times its speed. Not thread-safe; the store guards it with a semaphore,
/// and BEGIN IMMEDIATE guards it against writers in other processes.
/// </summary>
internal sealed class SqliteWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _selectHead;
    private readonly SqliteCommand _selectExisting;
    private readonly SqliteCommand _selectStreamVersion;
    private readonly SqliteCommand _selectExistingMany;
    private readonly SqliteCommand _selectStreamVersionsMany;
    private readonly SqliteCommand _insertEvent;
    private readonly SqliteCommand _upsertHead;

    public SqliteWriter(string connectionString, SqliteSynchronous synchronous)
    {
        _connection = new SqliteConnection(connectionString);
        _connection.Open();
        Execute(SqliteSql.Pragmas + SqliteSql.Synchronous(synchronous));
        Execute(SqliteSql.CreateSchema);

        _selectHead = Prepare(SqliteSql.SelectHead, ("$network", SqliteType.Text));
        _selectExisting = Prepare(SqliteSql.SelectExisting, ("$network", SqliteType.Text), ("$event_id", SqliteType.Blob));
        _selectStreamVersion = Prepare(SqliteSql.SelectStreamVersion, ("$network", SqliteType.Text), ("$stream", SqliteType.Text));
        _selectExistingMany = Prepare(SqliteSql.SelectExistingMany, ("$network", SqliteType.Text), ("$event_ids", SqliteType.Text));
        _selectStreamVersionsMany = Prepare(SqliteSql.SelectStreamVersionsMany, ("$network", SqliteType.Text), ("$streams", SqliteType.Text));
        _insertEvent = Prepare(SqliteSql.InsertEvent,
            ("$network", SqliteType.Text), ("$position", SqliteType.Integer), ("$stream", SqliteType.Text),
            ("$stream_version", SqliteType.Integer), ("$event_id", SqliteType.Blob), ("$type", SqliteType.Text),
            ("$schema_version", SqliteType.Integer), ("$data", SqliteType.Text), ("$occurred_on", SqliteType.Integer),
            ("$recorded_at", SqliteType.Integer), ("$actor", SqliteType.Text), ("$correlation_id", SqliteType.Blob),
            ("$causation_id", SqliteType.Blob), ("$content_hash", SqliteType.Blob));
        _upsertHead = Prepare(SqliteSql.UpsertHead, ("$network", SqliteType.Text), ("$head", SqliteType.Integer));
    }

    public async Task<AppendPlan> AppendAsync(
        PreparedAppend request, TimeProvider clock, Func<CancellationToken, Task>? beforeCommit, CancellationToken cancellationToken)
    {
        // IMMEDIATE takes the file's write lock now, so what we read below cannot change before we commit.
        using var transaction = _connection.BeginTransaction(deferred: false);
        foreach (var command in Commands)
            command.Transaction = transaction;

        var network = request.Network;
        _selectHead.Parameters[0].Value = network;
        var head = _selectHead.ExecuteScalar() is long h ? h : 0L;
        var plan = AppendPlanner.Plan(request, head, ReadExisting(request), ReadStreamVersions(request));

        if (plan.NewEvents.Count > 0)
        {
            // Taken under the write lock, so recordedAt never goes backwards along the positions.
            var recordedAt = StoreClock.ToUnixMicroseconds(clock.GetUtcNow());
            foreach (var planned in plan.NewEvents)
                Insert(network, planned, recordedAt);
            _upsertHead.Parameters[0].Value = network;
            _upsertHead.Parameters[1].Value = plan.NewHead;
            _upsertHead.ExecuteNonQuery();
        }

        if (beforeCommit is not null)
            await beforeCommit(cancellationToken).ConfigureAwait(false);
        transaction.Commit();
        return plan;
    }

    private SqliteCommand[] Commands =>
        [_selectHead, _selectExisting, _selectStreamVersion, _selectExistingMany, _selectStreamVersionsMany, _insertEvent, _upsertHead];

    // Up to this many ids or streams, one probe statement each is as cheap as building and walking a JSON array.
    private const int ProbesOneByOne = 2;

    private Dictionary<Guid, ExistingEvent> ReadExisting(PreparedAppend request)
    {
        var existing = new Dictionary<Guid, ExistingEvent>();
        if (request.EventIds.Count > ProbesOneByOne)
        {
            _selectExistingMany.Parameters[0].Value = request.Network;
            _selectExistingMany.Parameters[1].Value = HexArray(request.EventIds);
            using var reader = _selectExistingMany.ExecuteReader();
            while (reader.Read())
            {
                var id = SqliteValues.ToGuid(reader, 0);
                existing[id] = new ExistingEvent(id, reader.GetString(1), reader.GetString(2), reader.GetInt64(3), reader.GetInt64(4), (byte[])reader[5]);
            }
            return existing;
        }
        _selectExisting.Parameters[0].Value = request.Network;
        foreach (var id in request.EventIds)
        {
            _selectExisting.Parameters[1].Value = SqliteValues.FromGuid(id);
            using var reader = _selectExisting.ExecuteReader();
            if (reader.Read())
                existing[id] = new ExistingEvent(id, reader.GetString(1), reader.GetString(2), reader.GetInt64(3), reader.GetInt64(4), (byte[])reader[5]);
        }
        return existing;
    }

    private Dictionary<string, long> ReadStreamVersions(PreparedAppend request)
    {
        var versions = new Dictionary<string, long>(StringComparer.Ordinal);
        if (request.Streams.Count > ProbesOneByOne)
        {
            _selectStreamVersionsMany.Parameters[0].Value = request.Network;
            // Stream names are checked slugs (a-z, 0-9, '.', '_', '-'), so they need no JSON escaping; the serializer
            // is used anyway, so that nothing depends on it.
            _selectStreamVersionsMany.Parameters[1].Value = System.Text.Json.JsonSerializer.Serialize(request.Streams);
            using var reader = _selectStreamVersionsMany.ExecuteReader();
            while (reader.Read())
                versions[reader.GetString(0)] = reader.GetInt64(1);
            return versions;
        }
        _selectStreamVersion.Parameters[0].Value = request.Network;
        foreach (var stream in request.Streams)
        {
            _selectStreamVersion.Parameters[1].Value = stream;
            versions[stream] = (long)_selectStreamVersion.ExecuteScalar()!;
        }
        return versions;
    }

    /// <summary>["0190…","…"]: each id as the 32 hex digits of its big-endian bytes, the form unhex() turns back into the key.</summary>
    private static string HexArray(IReadOnlyList<Guid> ids)
    {
        var text = new System.Text.StringBuilder(ids.Count * 35 + 2);
        text.Append('[');
        Span<byte> bytes = stackalloc byte[16];
        for (var i = 0; i < ids.Count; i++)
        {
            if (i > 0)
                text.Append(',');
            ids[i].TryWriteBytes(bytes, bigEndian: true, out _);
            text.Append('"').Append(Convert.ToHexString(bytes)).Append('"');
        }
        return text.Append(']').ToString();
    }

    private void Insert(string network, PlannedEvent planned, long recordedAt)
    {
        var e = planned.Source.Event;
        var p = _insertEvent.Parameters;
        p[0].Value = network;
        p[1].Value = planned.Position;
        p[2].Value = planned.Source.Stream;
        p[3].Value = planned.StreamVersion;
        p[4].Value = SqliteValues.FromGuid(e.EventId);
        p[5].Value = e.Type;
        p[6].Value = e.SchemaVersion;
        p[7].Value = e.Data;
        p[8].Value = StoreClock.ToUnixMicroseconds(planned.Source.OccurredOn);
        p[9].Value = recordedAt;
        p[10].Value = e.Metadata.Actor;
        p[11].Value = SqliteValues.FromGuid(e.Metadata.CorrelationId);
        p[12].Value = e.Metadata.CausationId is { } causation ? SqliteValues.FromGuid(causation) : DBNull.Value;
        p[13].Value = planned.Source.Hash;
        _insertEvent.ExecuteNonQuery();
    }

    private SqliteCommand Prepare(string sql, params (string Name, SqliteType Type)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, type) in parameters)
            command.Parameters.Add(name, type);
        command.Prepare();
        return command;
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        foreach (var command in Commands)
            command.Dispose();
        _connection.Dispose();
    }
}
