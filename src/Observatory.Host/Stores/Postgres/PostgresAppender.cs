using Observatory.Domain.EventStore;
using Npgsql;
using NpgsqlTypes;

namespace Observatory.Host.Stores.Postgres;

/// <summary>
/// One append as two round trips. The first begins the transaction, takes the network's head row lock and reads
/// what the plan needs (head, already stored ids, stream versions) under it; the second writes the events, advances
/// the head, commits and then notifies. BEGIN and COMMIT travel inside those batches rather than through
/// NpgsqlTransaction, which would cost a third round trip for COMMIT alone.
/// <para>
/// How the events are written depends on the size: one event with plain parameters; up to
/// <see cref="CopyThreshold"/> events with one INSERT over arrays; more (an import) with a binary COPY, which sends
/// no statement per row. All three run under the same lock, after the same plan, so they make the same promises.
/// </para>
/// <para>
/// NOTIFY follows COMMIT in the same batch rather than preceding it: a NOTIFY inside the transaction takes a
/// cluster-wide lock held until the commit is flushed, so notifying commits would go one fsync at a time. After the
/// commit it runs as its own tiny transaction. A notification can then be lost if the connection dies between the
/// two; waiting readers also poll the head (<see cref="PostgresStoreOptions.HeadPollInterval"/>), so that costs a
/// delay, never an event.
/// </para>
/// <para>
/// One event appended at a head the writer names (a command whose ledger is current) takes one round trip instead:
/// a single statement that checks, inserts and advances the head, then the NOTIFY as its own transaction. When that
/// statement writes nothing (another head, a stored id, another stream version, a new network) the locked path runs
/// and gives the exact answer.
/// </para>
/// </summary>
internal sealed class PostgresAppender(NpgsqlDataSource dataSource, PostgresSql sql)
{
    /// <summary>From this many new events on, an append writes them with a binary COPY.</summary>
    public const int CopyThreshold = 1_000;

    public async Task<AppendPlan> AppendAsync(
        PreparedAppend request, Func<CancellationToken, Task>? beforeCommit, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        if (beforeCommit is null && IsOneEventAtHead(request)
            && await TryAppendOneAtHeadAsync(connection, request, cancellationToken).ConfigureAwait(false) is { } written)
            return written;
        try
        {
            var (plan, clock) = await LockAndPlanAsync(connection, request, ensureNetwork: false, cancellationToken).ConfigureAwait(false)
                ?? await LockAndPlanAsync(connection, request, ensureNetwork: true, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"The head row of network '{request.Network}' could not be created.");

            var commitNow = beforeCommit is null;
            if (plan.NewEvents.Count >= CopyThreshold && clock is not null)
            {
                await CopyAsync(connection, request.Network, plan, clock.Value, cancellationToken).ConfigureAwait(false);
                await using var finish = FinishBatch(connection, request.Network, plan, commitNow);
                await ExecuteFinishAsync(finish, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await using var write = WriteBatch(connection, request.Network, plan, commitNow);
                await ExecuteFinishAsync(write, cancellationToken).ConfigureAwait(false);
            }
            if (beforeCommit is not null)
            {
                await beforeCommit(cancellationToken).ConfigureAwait(false);
                await using var commit = new NpgsqlBatch(connection);
                AddCommit(commit, request.Network, plan);
                await ExecuteFinishAsync(commit, cancellationToken).ConfigureAwait(false);
            }
            return plan;
        }
        catch
        {
            await RollbackQuietlyAsync(connection).ConfigureAwait(false);
            throw;
        }
    }

    private static bool IsOneEventAtHead(PreparedAppend request) =>
        request.ExpectedHead is not null && request.Events.Count == 1 && !request.Appends[0].Expected.IsAny;

    /// <returns>Null when nothing was written: the locked path then decides what to answer.</returns>
    private async Task<AppendPlan?> TryAppendOneAtHeadAsync(NpgsqlConnection connection, PreparedAppend request, CancellationToken cancellationToken)
    {
        var network = request.Network;
        var source = request.Events[0];
        var position = request.ExpectedHead!.Value + 1;
        var planned = new PlannedEvent(source, request.Appends[0].Expected.Value + 1, position);
        // Each statement its own implicit transaction (a Sync after each), so the NOTIFY runs after the commit.
        await using var batch = new NpgsqlBatch(connection) { EnableErrorBarriers = true };
        var toAppend = source.Event;
        var insert = Command(sql.InsertOneAtHead,
            new NpgsqlParameter<string> { TypedValue = network },
            new NpgsqlParameter<long> { TypedValue = request.ExpectedHead.Value },
            new NpgsqlParameter<string> { TypedValue = source.Stream },
            new NpgsqlParameter<long> { TypedValue = planned.StreamVersion },
            new NpgsqlParameter<Guid> { TypedValue = toAppend.EventId },
            new NpgsqlParameter<string> { TypedValue = toAppend.Type },
            new NpgsqlParameter<int> { TypedValue = toAppend.SchemaVersion },
            new NpgsqlParameter<string> { TypedValue = toAppend.Data },
            new NpgsqlParameter<DateTime> { TypedValue = source.OccurredOn.UtcDateTime },
            new NpgsqlParameter<string> { TypedValue = toAppend.Metadata.Actor },
            new NpgsqlParameter<Guid> { TypedValue = toAppend.Metadata.CorrelationId },
            new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Uuid, Value = toAppend.Metadata.CausationId is { } c ? c : DBNull.Value },
            new NpgsqlParameter<byte[]> { TypedValue = source.Hash });
        batch.BatchCommands.Add(insert);
        batch.BatchCommands.Add(Command(sql.NotifyIfHeadReached,
            new NpgsqlParameter<string> { TypedValue = sql.Channel },
            new NpgsqlParameter<string> { TypedValue = HeadNotification.Format(network, position) },
            new NpgsqlParameter<string> { TypedValue = network },
            new NpgsqlParameter<long> { TypedValue = position }));
        var written = false;
        try
        {
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            written = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation && e.BatchCommand == insert)
        {
            return null;
        }
        catch (PostgresException e) when (e.BatchCommand is { } failed && failed.CommandText == sql.NotifyIfHeadReached)
        {
            // Whatever the insert did stands; readers find a committed event by their poll.
        }
        if (!written)
            return null;
        var result = new AppendResult([new AppendedEvent(toAppend.EventId, source.Stream, planned.StreamVersion, position, AlreadyStored: false)]);
        return new AppendPlan([planned], result, position);
    }

    /// <returns>Null when the network has no head row yet (then nothing is locked, and the caller retries with ensureNetwork).</returns>
    private async Task<(AppendPlan Plan, DateTime? Clock)?> LockAndPlanAsync(
        NpgsqlConnection connection, PreparedAppend request, bool ensureNetwork, CancellationToken cancellationToken)
    {
        var network = request.Network;
        // A large append (an import) takes the lock first and probes afterwards, in a round trip of its own, only if
        // the network holds events at all: an import into a new network (head 0) then skips thousands of probes.
        // Smaller appends send the probes with the lock, in one round trip.
        var large = request.Events.Count >= CopyThreshold;
        await using var batch = new NpgsqlBatch(connection);
        // A network's row exists after its first append; trying the lock first saves an INSERT … ON CONFLICT on
        // every later append. The transaction is only begun on the first try (the retry continues it).
        if (!ensureNetwork)
            batch.BatchCommands.Add(new NpgsqlBatchCommand(sql.Begin));
        else
            batch.BatchCommands.Add(Command(sql.EnsureNetwork, Text("network", network)));
        batch.BatchCommands.Add(Command(sql.LockHead, Text("network", network)));
        if (large)
            batch.BatchCommands.Add(new NpgsqlBatchCommand(sql.ClockAfterLock));
        else
            AddProbes(batch, request);

        long head;
        DateTime? clock = null;
        Dictionary<Guid, ExistingEvent> existing;
        Dictionary<string, long> versions;
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            // BEGIN and the INSERT return no rows, so the reader starts at the head row.
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                return null;
            head = reader.GetInt64(0);
            if (large)
            {
                await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
                await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                clock = reader.GetFieldValue<DateTime>(0);
                (existing, versions) = ([], new Dictionary<string, long>(StringComparer.Ordinal));
            }
            else
            {
                await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
                (existing, versions) = await ReadProbesAsync(reader, cancellationToken).ConfigureAwait(false);
            }
        }

        // Head 0 means no event of this network exists (every event advanced the head in its own transaction), and
        // the lock keeps it so: nothing to probe.
        if (large && head > 0)
        {
            await using var probes = new NpgsqlBatch(connection);
            AddProbes(probes, request);
            await using var reader = await probes.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            (existing, versions) = await ReadProbesAsync(reader, cancellationToken).ConfigureAwait(false);
        }

        return (AppendPlanner.Plan(request, head, existing, versions), clock);
    }

    private void AddProbes(NpgsqlBatch batch, PreparedAppend request)
    {
        var network = request.Network;
        batch.BatchCommands.Add(request.EventIds.Count == 1
            ? Command(sql.SelectExistingOne, Text("network", network), new NpgsqlParameter<Guid>("event_id", request.EventIds[0]))
            : Command(sql.SelectExisting, Text("network", network), new NpgsqlParameter<Guid[]>("event_ids", [.. request.EventIds])));
        batch.BatchCommands.Add(request.Streams.Count == 1
            ? Command(sql.SelectStreamVersionOne, Text("network", network), Text("stream", request.Streams[0]))
            : Command(sql.SelectStreamVersions, Text("network", network), new NpgsqlParameter<string[]>("streams", [.. request.Streams])));
    }

    /// <summary>Reads the two probe results, the reader standing at the first of them.</summary>
    private static async Task<(Dictionary<Guid, ExistingEvent>, Dictionary<string, long>)> ReadProbesAsync(
        NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        var existing = new Dictionary<Guid, ExistingEvent>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var id = reader.GetGuid(0);
            existing[id] = new ExistingEvent(id, reader.GetString(1), reader.GetString(2), reader.GetInt64(3), reader.GetInt64(4),
                reader.GetFieldValue<byte[]>(5));
        }

        await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        var versions = new Dictionary<string, long>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            versions[reader.GetString(0)] = reader.GetInt64(1);
        return (existing, versions);
    }

    private NpgsqlBatch WriteBatch(NpgsqlConnection connection, string network, AppendPlan plan, bool commit)
    {
        var batch = new NpgsqlBatch(connection);
        var events = plan.NewEvents;
        if (events.Count == 1)
            batch.BatchCommands.Add(InsertOne(network, events[0]));
        else if (events.Count > 1)
            batch.BatchCommands.Add(InsertMany(network, events));
        if (events.Count > 0)
            batch.BatchCommands.Add(Command(sql.AdvanceHead, Text("network", network), new NpgsqlParameter<long>("head", plan.NewHead)));
        if (commit)
            AddCommit(batch, network, plan);
        return batch;
    }

    /// <summary>After a COPY: advance the head and, unless a test holds the commit back, commit and notify.</summary>
    private NpgsqlBatch FinishBatch(NpgsqlConnection connection, string network, AppendPlan plan, bool commit)
    {
        var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(Command(sql.AdvanceHead, Text("network", network), new NpgsqlParameter<long>("head", plan.NewHead)));
        if (commit)
            AddCommit(batch, network, plan);
        return batch;
    }

    private void AddCommit(NpgsqlBatch batch, string network, AppendPlan plan)
    {
        batch.BatchCommands.Add(new NpgsqlBatchCommand(sql.Commit));
        if (plan.NewEvents.Count > 0)
            batch.BatchCommands.Add(Command(sql.Notify, Text("channel", sql.Channel), Text("payload", HeadNotification.Format(network, plan.NewHead))));
    }

    /// <summary>
    /// Runs a batch that may end with COMMIT and a NOTIFY. A failing NOTIFY comes after a successful COMMIT: the
    /// append stands, and waiting readers find it by their poll, so that failure is not the caller's.
    /// </summary>
    private async Task ExecuteFinishAsync(NpgsqlBatch batch, CancellationToken cancellationToken)
    {
        if (batch.BatchCommands.Count == 0)
            return;
        try
        {
            await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException e) when (e.BatchCommand is { } failed && failed.CommandText == sql.Notify)
        {
        }
    }

    private NpgsqlBatchCommand InsertOne(string network, PlannedEvent planned)
    {
        var e = planned.Source.Event;
        return Command(sql.InsertEvent,
            Text("network", network),
            new NpgsqlParameter<long>("position", planned.Position),
            Text("stream", planned.Source.Stream),
            new NpgsqlParameter<long>("stream_version", planned.StreamVersion),
            new NpgsqlParameter<Guid>("event_id", e.EventId),
            Text("type", e.Type),
            new NpgsqlParameter<int>("schema_version", e.SchemaVersion),
            Text("data", e.Data),
            new NpgsqlParameter<DateTime>("occurred_on", planned.Source.OccurredOn.UtcDateTime),
            Text("actor", e.Metadata.Actor),
            new NpgsqlParameter<Guid>("correlation_id", e.Metadata.CorrelationId),
            new NpgsqlParameter("causation_id", NpgsqlDbType.Uuid) { Value = e.Metadata.CausationId is { } c ? c : DBNull.Value },
            new NpgsqlParameter<byte[]>("content_hash", planned.Source.Hash));
    }

    private NpgsqlBatchCommand InsertMany(string network, IReadOnlyList<PlannedEvent> events) =>
        Command(sql.InsertEvents,
            Text("network", network),
            new NpgsqlParameter<long[]>("positions", [.. events.Select(e => e.Position)]),
            new NpgsqlParameter<string[]>("streams", [.. events.Select(e => e.Source.Stream)]),
            new NpgsqlParameter<long[]>("stream_versions", [.. events.Select(e => e.StreamVersion)]),
            new NpgsqlParameter<Guid[]>("event_ids", [.. events.Select(e => e.Source.Event.EventId)]),
            new NpgsqlParameter<string[]>("types", [.. events.Select(e => e.Source.Event.Type)]),
            new NpgsqlParameter<int[]>("schema_versions", [.. events.Select(e => e.Source.Event.SchemaVersion)]),
            new NpgsqlParameter<string[]>("data", [.. events.Select(e => e.Source.Event.Data)]),
            new NpgsqlParameter<DateTime[]>("occurred_on", [.. events.Select(e => e.Source.OccurredOn.UtcDateTime)]),
            new NpgsqlParameter<string[]>("actors", [.. events.Select(e => e.Source.Event.Metadata.Actor)]),
            new NpgsqlParameter<Guid[]>("correlation_ids", [.. events.Select(e => e.Source.Event.Metadata.CorrelationId)]),
            new NpgsqlParameter("causation_ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid)
            {
                Value = events.Select(e => e.Source.Event.Metadata.CausationId).ToArray(),
            },
            new NpgsqlParameter("content_hashes", NpgsqlDbType.Array | NpgsqlDbType.Bytea)
            {
                Value = events.Select(e => e.Source.Hash).ToArray(),
            });

    /// <summary>
    /// Writes the plan's new events with one binary COPY, inside the append's transaction and under its lock. The
    /// positions and versions are the plan's, so the unique indexes hold exactly as they do for an INSERT.
    /// </summary>
    private async Task CopyAsync(NpgsqlConnection connection, string network, AppendPlan plan, DateTime recordedAt, CancellationToken cancellationToken)
    {
        await using var importer = await connection.BeginBinaryImportAsync(sql.CopyEvents, cancellationToken).ConfigureAwait(false);
        // The rows go into Npgsql's write buffer; the synchronous writes only block when a full buffer is flushed.
        foreach (var planned in plan.NewEvents)
        {
            var e = planned.Source.Event;
            importer.StartRow();
            importer.Write(network, NpgsqlDbType.Text);
            importer.Write(planned.Position, NpgsqlDbType.Bigint);
            importer.Write(planned.Source.Stream, NpgsqlDbType.Text);
            importer.Write(planned.StreamVersion, NpgsqlDbType.Bigint);
            importer.Write(e.EventId, NpgsqlDbType.Uuid);
            importer.Write(e.Type, NpgsqlDbType.Text);
            importer.Write(e.SchemaVersion, NpgsqlDbType.Integer);
            importer.Write(e.Data, NpgsqlDbType.Jsonb);
            importer.Write(planned.Source.OccurredOn.UtcDateTime, NpgsqlDbType.TimestampTz);
            importer.Write(recordedAt, NpgsqlDbType.TimestampTz);
            importer.Write(e.Metadata.Actor, NpgsqlDbType.Text);
            importer.Write(e.Metadata.CorrelationId, NpgsqlDbType.Uuid);
            if (e.Metadata.CausationId is { } causation)
                importer.Write(causation, NpgsqlDbType.Uuid);
            else
                importer.WriteNull();
            importer.Write(planned.Source.Hash, NpgsqlDbType.Bytea);
        }
        await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task RollbackQuietlyAsync(NpgsqlConnection connection)
    {
        try
        {
            if (connection.State == System.Data.ConnectionState.Open)
                await ExecuteAsync(connection, sql.Rollback, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            // A broken connection is discarded by the pool; the server rolls its transaction back on its own.
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string text, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(text, connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static NpgsqlBatchCommand Command(string text, params NpgsqlParameter[] parameters)
    {
        var command = new NpgsqlBatchCommand(text);
        command.Parameters.AddRange(parameters);
        return command;
    }

    private static NpgsqlParameter<string> Text(string name, string value) => new(name, value);
}
