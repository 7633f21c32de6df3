using System.Diagnostics;
using Observatory.Benchmarks;
using Observatory.Host.Generation;
using Observatory.Benchmarks.Postgres;
using Observatory.Benchmarks.Reporting;
using Observatory.Benchmarks.Sqlite;

// Store-level benchmarks: every figure beside the raw limit of the same engine, measured in the same run.
// Progress goes to stderr; stdout carries only the run's header and its one markdown table.
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
Progress($"generating {options.Events:N0} events over {options.Networks} networks (seed {options.Seed})");
var histories = HistoryGenerator.Generate(options.Seed, options.Networks, options.Events);
Progress($"generated {Batches.Count(histories):N0} events; mix: " + string.Join(", ", histories.SelectMany(h => h.Events)
    .GroupBy(e => e.Event.Type).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {100.0 * g.Count() / Batches.Count(histories):0.0}%")));

var fingerprint = HistoryGenerator.Fingerprint(histories);
var table = new ResultTable();
var prepare = await StoreRuns.PrepareOnlyAsync(histories);
Progress($"client-side preparation: {ResultTable.Describe(prepare)}");
table.Add("both", "client side of an append alone: requests, checks, SHA-256 (no database)", prepare, null, "");
var postgresSettings = "";
var sqliteVersion = "";
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

Console.WriteLine($"Observatory store benchmarks{(options.Smoke ? " (smoke: tiny sizes, figures not meaningful)" : "")}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
Console.WriteLine();
Console.WriteLine($"- machine: {Machine.Describe()}; load average (1 min) {loadBefore} before, {Machine.Load()} after; run took {watch.Elapsed.TotalMinutes:0.0} min{(options.Repeat > 1 ? $", best of {options.Repeat} rounds per figure" : "")}");
Console.WriteLine($"- data: {Batches.Count(histories):N0} generated events, {histories.Count} networks, seed {options.Seed} (fingerprint {fingerprint}); PostgreSQL single appends {options.PostgresSingleEvents:N0}, SQLite batches {options.SqliteBatchEvents:N0}+ and singles {options.SqliteSingleEvents:N0}");
if (postgresSettings.Length > 0)
    Console.WriteLine($"- PostgreSQL: {postgresSettings}, database {PgDatabase.DatabaseName} over 127.0.0.1");
if (sqliteVersion.Length > 0)
    Console.WriteLine($"- SQLite {sqliteVersion}, WAL");
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
