using Observatory.Host.Generation;
using Observatory.Benchmarks.Reporting;
using Observatory.Host.Stores.Postgres;

namespace Observatory.Benchmarks.Postgres;

/// <summary>
/// PostgreSQL: every store figure beside its raw limit, measured in this run on the same database. Each case writes
/// into a fresh schema, so every table starts empty and grows the same way; store and raw cases alternate, so a
/// neighbour's load on the shared machine hits both sides rather than one.
/// </summary>
internal sealed class PgSuite(PgDatabase database, BenchOptions options, Action<string> progress)
{
    private const string Store = "PostgreSQL";
    private readonly PgRaw _raw = new(database.ConnectionString);

    public async Task RunAsync(IReadOnlyList<NetworkHistory> histories, ResultTable table)
    {
        var total = Batches.Count(histories);

        var raw1 = await RawAsync("bench_raw_insert_1", RawShape.PrimaryKeyOnly, $"raw multi-row INSERT, 1 writer", s => _raw.MultiRowInsertAsync(s, histories, 1, StoreRuns.BatchSize), keep: true);
        var rawRead = await Step("raw streaming read", () => _raw.StreamingReadAsync("bench_raw_insert_1", histories));
        await database.DropSchemaAsync("bench_raw_insert_1");

        Rate one;
        await using (var store = await StoreAsync("bench_store_1"))
        {
            one = await Step($"store batches, 1 writer, {total:N0} events", () => StoreRuns.BatchesAsync(store, histories, 1));
            table.Add(Store, "append, batches of 100, 1 writer", one, raw1, "100-row INSERT per tx, PK only", target: 30_000);
            var read = await Step("store ReadAllAsync", () => StoreRuns.ReadAllAsync(store, histories));
            var repeat = await Step("store idempotent repeats", () => StoreRuns.RepeatsAsync(store, histories, options.RepeatEvents));
            table.Add(Store, "idempotent repeat of stored batches of 100", repeat, one, "vs the store's own fresh batches");
            table.Add(Store, "read a network's log, ReadAllAsync pages of 1,000", read, rawRead, "one streaming SELECT per network in position order");
        }
        await database.DropSchemaAsync("bench_store_1");
        var raw1Indexed = await RawAsync("bench_raw_insert_1_idx", RawShape.SameIndexes, "raw multi-row INSERT, 1 writer, store's indexes", s => _raw.MultiRowInsertAsync(s, histories, 1, StoreRuns.BatchSize));
        table.Add(Store, "  raw: 100-row INSERT, 1 writer, with the store's 3 unique indexes", raw1Indexed, raw1, "vs PK only: cost of 2 extra indexes");

        var raw8 = await RawAsync("bench_raw_insert_8", RawShape.PrimaryKeyOnly, "raw multi-row INSERT, 8 writers", s => _raw.MultiRowInsertAsync(s, histories, 8, StoreRuns.BatchSize));
        Rate eight;
        await using (var store = await StoreAsync("bench_store_8"))
            eight = await Step($"store batches, 8 writers", () => StoreRuns.BatchesAsync(store, histories, 8));
        await database.DropSchemaAsync("bench_store_8");
        table.Add(Store, $"append, batches of 100, 8 writers over {histories.Count} networks", eight, raw8, "100-row INSERT per tx, 8 writers, PK only", target: 30_000);
        var raw8Like = await RawAsync("bench_raw_insert_8_idx", RawShape.SameIndexes, "raw multi-row INSERT, 8 writers, store's indexes, NOTIFY", s => _raw.MultiRowInsertAsync(s, histories, 8, StoreRuns.BatchSize, notify: true));
        table.Add(Store, "  raw: 100-row INSERT, 8 writers, store's 3 indexes and a NOTIFY per tx", raw8Like, raw8, "vs PK only, no NOTIFY");

        var copy = await RawAsync("bench_raw_copy", RawShape.PrimaryKeyOnly, "raw binary COPY", s => _raw.CopyAsync(s, RawShape.PrimaryKeyOnly, histories));
        var best = one.PerSecond >= eight.PerSecond ? one : eight;
        table.Add(Store, $"append, batches of 100, best of 1 and 8 writers", best, copy, "binary COPY per network, PK only", target: 30_000, ratioTarget: 0.5);
        var copyIndexed = await RawAsync("bench_raw_copy_idx", RawShape.SameIndexes, "raw binary COPY, store's indexes", s => _raw.CopyAsync(s, RawShape.SameIndexes, histories));
        table.Add(Store, "  raw: binary COPY with the store's 3 unique indexes", copyIndexed, copy, "vs COPY, PK only: cost of 2 extra indexes");
        var copyText = await RawAsync("bench_raw_copy_text", RawShape.TextData, "raw binary COPY, data as text", s => _raw.CopyAsync(s, RawShape.TextData, histories));
        table.Add(Store, "  raw: binary COPY with data as text, not jsonb", copyText, copy, "vs COPY into jsonb: cost of jsonb parsing");

        Rate import1, import2;
        await using (var store = await StoreAsync("bench_store_import_1"))
            import1 = await Step("store bulk import, whole log per append, 1 writer", () => StoreRuns.ImportAsync(store, histories, 1));
        await database.DropSchemaAsync("bench_store_import_1");
        await using (var store = await StoreAsync("bench_store_import_2"))
            import2 = await Step("store bulk import, whole log per append, 2 writers", () => StoreRuns.ImportAsync(store, histories, 2));
        await database.DropSchemaAsync("bench_store_import_2");
        table.Add(Store, "bulk import: one append per network's whole log (COPY path), 1 writer", import1, copyIndexed, "binary COPY per network, store's 3 indexes", target: 100_000);
        table.Add(Store, "bulk import: the same, 2 writers over disjoint networks", import2, copyIndexed, "binary COPY per network, store's 3 indexes", target: 100_000);
        var bestImport = import1.PerSecond >= import2.PerSecond ? import1 : import2;
        table.Add(Store, "bulk import, best of 1 and 2 writers, vs COPY with the primary key only", bestImport, copy, "binary COPY per network, PK only");

        // One client first: the cost of an append by itself, with no other commit to wait for.
        var alone = StoreRuns.SplitForClients(histories, 1, options.PostgresSingleEvents / 10);
        var rawAlone = await RawAsync("bench_raw_single_1", RawShape.PrimaryKeyOnly, "raw single-row commits, 1 client", s => _raw.SingleInsertsAsync(s, alone));
        Rate singleAlone;
        await using (var store = await StoreAsync("bench_store_single_1"))
            singleAlone = await Step("store single appends, 1 client", () => StoreRuns.SinglesAsync(store, alone));
        await database.DropSchemaAsync("bench_store_single_1");
        table.Add(Store, "append, single events with version check, 1 client", singleAlone, rawAlone, "1-row INSERT per commit, 1 client");

        const int clients = 32;
        var perClient = StoreRuns.SplitForClients(histories, clients, options.PostgresSingleEvents);
        var rawSingle = await RawAsync("bench_raw_single", RawShape.PrimaryKeyOnly, $"raw single-row commits, {clients} clients", s => _raw.SingleInsertsAsync(s, perClient));
        Rate single;
        await using (var store = await StoreAsync("bench_store_single"))
            single = await Step($"store single appends, {clients} clients", () => StoreRuns.SinglesAsync(store, perClient));
        await database.DropSchemaAsync("bench_store_single");
        table.Add(Store, $"append, single events with version check, {clients} clients (no HTTP)", single, rawSingle, "1-row INSERT per commit, 32 clients");
        var rawSingleNotify = await RawAsync("bench_raw_single_notify", RawShape.PrimaryKeyOnly, $"raw single-row commits with NOTIFY, {clients} clients", s => _raw.SingleInsertsAsync(s, perClient, notify: true));
        table.Add(Store, "  raw: 1-row INSERT and a NOTIFY per commit, 32 clients", rawSingleNotify, rawSingle, "vs without NOTIFY");
    }

    private async Task<Rate> RawAsync(string schema, RawShape shape, string what, Func<string, Task<Rate>> run, bool keep = false)
    {
        await database.ExecuteAsync(PgRawTable.Create(schema, shape));
        var rate = await Step(what, () => run(schema));
        if (!keep)
            await database.DropSchemaAsync(schema);
        return rate;
    }

    private async Task<PostgresEventStore> StoreAsync(string schema)
    {
        var store = new PostgresEventStore(new PostgresStoreOptions { ConnectionString = database.ConnectionString, Schema = schema });
        await store.EnsureSchemaAsync();
        return store;
    }

    private async Task<Rate> Step(string what, Func<Task<Rate>> run)
    {
        var rate = await run();
        progress($"postgres: {what}: {rate.Events:N0} events in {rate.Elapsed.TotalSeconds:0.0} s = {ResultTable.Describe(rate)}");
        return rate;
    }
}
