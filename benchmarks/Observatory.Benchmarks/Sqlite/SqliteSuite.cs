using Observatory.Host.Generation;
using Observatory.Benchmarks.Reporting;
using Observatory.Host.Stores.Sqlite;

namespace Observatory.Benchmarks.Sqlite;

/// <summary>
/// SQLite: the store beside its raw limits, once with synchronous=FULL (the store's default, durable against power
/// loss) and once with NORMAL. Every case writes a new file in a directory of its own, removed at the end.
/// </summary>
internal sealed class SqliteSuite(BenchOptions options, Action<string> progress) : IDisposable
{
    private readonly string _directory = System.IO.Directory.CreateTempSubdirectory("observatory-bench-").FullName;

    public async Task RunAsync(IReadOnlyList<NetworkHistory> all, ResultTable table)
    {
        var histories = Subset(all, options.SqliteBatchEvents);
        var singles = StoreRuns.SplitForClients(histories, 1, options.SqliteSingleEvents)[0];
        foreach (var mode in new[] { SqliteSynchronous.Full, SqliteSynchronous.Normal })
        {
            var label = $"SQLite {mode.ToString().ToUpperInvariant()}";
            var full = mode == SqliteSynchronous.Full;

            // The brief's method (one multi-row INSERT per transaction) binds 1,400 named parameters per statement, and
            // SQLite finds each name by a linear scan; 100 runs of a prepared 1-row INSERT in the transaction can be
            // faster. Both are measured and the faster one is the limit.
            Rate multiRow, perRow, rawRead = new(0, TimeSpan.Zero);
            using (var raw = new SqliteRaw(File($"raw-{mode}.db"), mode))
            {
                multiRow = await Step(label, "raw 100-row INSERT per tx", () => raw.BatchesAsync(histories, StoreRuns.BatchSize, rowsPerStatement: 100));
                if (full)
                    rawRead = await Step(label, "raw single SELECT", raw.ReadAsync);
            }
            using (var raw = new SqliteRaw(File($"raw-rows-{mode}.db"), mode))
                perRow = await Step(label, "raw 100 x 1-row INSERT per tx", () => raw.BatchesAsync(histories, StoreRuns.BatchSize, rowsPerStatement: 1));
            var rawBatches = multiRow.PerSecond >= perRow.PerSecond ? multiRow : perRow;
            var rawMethod = (multiRow.PerSecond >= perRow.PerSecond ? "one prepared 100-row INSERT" : "a prepared 1-row INSERT × 100") + " per tx, PK only";

            await using (var store = await StoreAsync($"store-{mode}-1.db", mode))
            {
                var one = await Step(label, $"store batches, 1 writer, {Batches.Count(histories):N0} events", () => StoreRuns.BatchesAsync(store, histories, 1));
                table.Add(label, "append, batches of 100, 1 writer", one, rawBatches, rawMethod, target: 50_000);
                if (full)
                {
                    var repeat = await Step(label, "store idempotent repeats", () => StoreRuns.RepeatsAsync(store, histories, options.RepeatEvents));
                    table.Add(label, "idempotent repeat of stored batches of 100", repeat, one, "vs the store's own fresh batches");
                    var read = await Step(label, "store ReadAllAsync", () => StoreRuns.ReadAllAsync(store, histories));
                    table.Add(label, "read a network's log, ReadAllAsync pages of 1,000", read, rawRead, "one SELECT of the whole table");
                }
            }

            if (full)
            {
                await using var store = await StoreAsync($"store-{mode}-8.db", mode);
                var eight = await Step(label, "store batches, 8 writers", () => StoreRuns.BatchesAsync(store, histories, 8));
                table.Add(label, $"append, batches of 100, 8 writers over {histories.Count} networks", eight, rawBatches, rawMethod + ", 1 writer", target: 50_000);
            }

            Rate rawSingle, single;
            using (var raw = new SqliteRaw(File($"raw-single-{mode}.db"), mode))
                rawSingle = await Step(label, "raw single-row commits", () => raw.SinglesAsync(singles));
            await using (var store = await StoreAsync($"store-single-{mode}.db", mode))
                single = await Step(label, "store single appends", () => StoreRuns.SinglesAsync(store, [singles]));
            table.Add(label, "append, single events with version check, 1 writer", single, rawSingle, "1-row INSERT per commit", target: 1_000);
        }
    }

    // The first networks whose events add up to the size asked for.
    private static List<NetworkHistory> Subset(IReadOnlyList<NetworkHistory> all, long events)
    {
        var subset = new List<NetworkHistory>();
        long count = 0;
        foreach (var history in all)
        {
            if (count >= events)
                break;
            subset.Add(history);
            count += history.Events.Count;
        }
        return subset;
    }

    // The schema and the writer connection are made before the clock starts.
    private async Task<SqliteEventStore> StoreAsync(string file, SqliteSynchronous mode)
    {
        var store = new SqliteEventStore(new SqliteStoreOptions { DatabasePath = File(file), Synchronous = mode });
        await store.EnsureSchemaAsync();
        return store;
    }

    private string File(string name) => Path.Combine(_directory, name);

    private async Task<Rate> Step(string label, string what, Func<Task<Rate>> run)
    {
        var rate = await run();
        progress($"{label}: {what}: {rate.Events:N0} events in {rate.Elapsed.TotalSeconds:0.0} s = {ResultTable.Describe(rate)}");
        return rate;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        System.IO.Directory.Delete(_directory, recursive: true);
    }
}
