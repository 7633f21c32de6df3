using System.Diagnostics;
using Observatory.Benchmarks;
using Observatory.Benchmarks.Dataset;
using Observatory.Benchmarks.Host;
using Observatory.Benchmarks.Lag;
using Observatory.Host.Generation;
using Observatory.Benchmarks.Postgres;
using Observatory.Benchmarks.Reporting;
using Observatory.Benchmarks.Sqlite;

// Every figure beside the raw limit of the same machine, measured in the same run. Groups: store (event store),
// http (commands), replay (in memory and persisted), asof, query (dashboard and API under a writer), lag (projection
// and RabbitMQ). Progress goes to stderr; stdout carries only the run's header and its one markdown table.
BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

void Progress(string line) => Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] {line}");

var watch = Stopwatch.StartNew();
var loadBefore = Machine.Load();
var table = new ResultTable();
var header = new List<string>();
var postgresSettings = "";
var sqliteVersion = "";

if (options.Runs("store"))
{
    Progress($"generating {options.Events:N0} events over {options.Networks} networks (seed {options.Seed})");
    var histories = HistoryGenerator.Generate(options.Seed, options.Networks, options.Events);
    Progress($"generated {Batches.Count(histories):N0} events; mix: " + string.Join(", ", histories.SelectMany(h => h.Events)
        .GroupBy(e => e.Event.Type).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {100.0 * g.Count() / Batches.Count(histories):0.0}%")));
    var fingerprint = HistoryGenerator.Fingerprint(histories);
    var prepare = await StoreRuns.PrepareOnlyAsync(histories);
    Progress($"client-side preparation: {ResultTable.Describe(prepare)}");
    table.Add("both", "client side of an append alone: requests, checks, SHA-256 (no database)", prepare, null, "");
    // Repeats run the whole sequence again, so store and raw cases stay interleaved; the table keeps each side's best.
    for (var round = 1; round <= options.Repeat; round++)
    {
        if (options.Repeat > 1)
            Progress($"round {round} of {options.Repeat}");
        if (options.Postgres)
        {
            await using var database = await PgDatabase.PrepareAsync(options.PostgresConnection);
            postgresSettings = await database.DescribeAsync();
            await new PgSuite(database, options, Progress).RunAsync(histories, table);
        }
        if (options.Sqlite)
        {
            using var suite = new SqliteSuite(options, Progress);
            await suite.RunAsync(histories, table);
            sqliteVersion = SqliteVersion();
        }
    }
    header.Add($"- store data: {Batches.Count(histories):N0} generated events, {histories.Count} networks, seed {options.Seed} (fingerprint {fingerprint}); PostgreSQL single appends {options.PostgresSingleEvents:N0}, SQLite batches {options.SqliteBatchEvents:N0}+ and singles {options.SqliteSingleEvents:N0}");
}

// The other groups run once (--repeat applies to the store group): they share one loaded data set and its read models.
string[] serverGroups = ["http", "replay", "asof", "query", "lag"];
if (serverGroups.Any(options.Runs))
{
    await using var database = await PgDatabase.PrepareAsync(options.PostgresConnection);
    postgresSettings = await database.DescribeAsync();
    await using var dataset = new PgDataset(database, options, Progress);
    if (options.Runs("http"))
        await new HttpSuite(database, options, Progress).RunAsync(table);
    if (options.Runs("replay"))
        await new ReplaySuite(dataset, database.ConnectionString, Progress).RunAsync(table);
    if (options.Runs("asof"))
        await new AsOfSuite(database, options, Progress).RunAsync(table);
    if (options.Runs("query"))
        await new QuerySuite(dataset, options, Progress).RunAsync(table);
    if (options.Runs("lag"))
        await new LagSuite(database, options, Progress).RunAsync(table);
    if (options.Runs("replay") || options.Runs("query"))
        header.Add($"- data set (replay, query): {dataset.Events:N0} generated events, {options.DatasetNetworks} networks, seed {options.Seed}, schema {PgDataset.Schema}");
}

Console.WriteLine($"Observatory benchmarks{(options.Smoke ? " (smoke: tiny sizes, figures not meaningful)" : "")}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, groups {string.Join(",", BenchOptions.AllGroups.Where(options.Runs))}");
Console.WriteLine();
Console.WriteLine($"- machine: {Machine.Describe()}; load average (1 min) {loadBefore} before, {Machine.Load()} after; run took {watch.Elapsed.TotalMinutes:0.0} min{(options.Repeat > 1 && options.Runs("store") ? $", best of {options.Repeat} rounds per store figure" : "")}");
foreach (var line in header)
    Console.WriteLine(line);
if (postgresSettings.Length > 0)
    Console.WriteLine($"- PostgreSQL: {postgresSettings}, database {PgDatabase.DatabaseName} over 127.0.0.1");
if (sqliteVersion.Length > 0)
    Console.WriteLine($"- SQLite {sqliteVersion}, WAL");
if (options.Runs("lag"))
    Console.WriteLine($"- RabbitMQ at {new Uri(options.RabbitMqUri).Host}:{new Uri(options.RabbitMqUri).Port}; lag at {options.SteadyRate:N0} events/s for {options.LagDuration.TotalSeconds:0} s");
Console.WriteLine();
table.Write(Console.Out);
return 0;

static string SqliteVersion()
{
    using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=:memory:");
    connection.Open();
    using var command = connection.CreateCommand();
    command.CommandText = "SELECT sqlite_version()";
    return (string)command.ExecuteScalar()!;
}
