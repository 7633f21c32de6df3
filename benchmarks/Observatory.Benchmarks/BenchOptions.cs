using System.Globalization;

namespace Observatory.Benchmarks;

/// <summary>
/// The command line. Every size derives from --events (the PostgreSQL batch size, in events), so one number scales a
/// run; --smoke picks tiny sizes that finish in seconds, for CI.
/// </summary>
internal sealed record BenchOptions(bool Smoke, long Events, bool Postgres, bool Sqlite, int Seed, int Repeat, string PostgresConnection,
    IReadOnlySet<string> Groups, long DatasetEvents, string RabbitMqUri)
{
    public const string Usage = "usage: Observatory.Benchmarks [--smoke] [--events N] [--only GROUP,…] [--dataset-events N] [--store sqlite|postgres|both] [--seed S] [--repeat K]";

    /// <summary>The groups of figures, in the order they run; --only picks some.</summary>
    public static readonly string[] AllGroups = ["store", "http", "replay", "asof", "query", "lag"];

    public bool Runs(string group) => Groups.Contains(group);

    /// <summary>HTTP commands from 32 clients (200 each at the default size); the store's single appends in the ratio row are as many.</summary>
    public long HttpCommands => Smoke ? 64 : Math.Min(PostgresSingleEvents, 6_400);

    /// <summary>The network of the as-of replays: about 10k events (1,000 in smoke mode).</summary>
    public long AsOfEvents => Smoke ? 1_000 : 10_000;

    public int AsOfQueries => Smoke ? 3 : 90;

    /// <summary>Dashboard pages and projection queries, each, while the background writer appends.</summary>
    public int Queries => Smoke ? 4 : 400;

    /// <summary>Each query figure stops at <see cref="Queries"/> or after this long, whichever comes first.</summary>
    public TimeSpan QueryBudget => Smoke ? TimeSpan.FromSeconds(5) : TimeSpan.FromSeconds(60);

    /// <summary>The steady rate of the lag run and of the background writer of the query run.</summary>
    public int SteadyRate => Smoke ? 200 : 1_000;

    public TimeSpan LagDuration => Smoke ? TimeSpan.FromSeconds(0.5) : TimeSpan.FromSeconds(30);

    /// <summary>Networks of the publish-throughput log (each brings its founding facts, ~100 events).</summary>
    public int PublishNetworks => Smoke ? 4 : 32;

    /// <summary>Events published to RabbitMQ with confirms in the throughput figure.</summary>
    public long PublishEvents => Smoke ? 500 : Math.Max(2_000, Events / 50);

    /// <summary>The networks of the shared data set (replay, query): 200 networks of 5,000 events at 1M, as for the store.</summary>
    public int DatasetNetworks => (int)Math.Clamp(DatasetEvents / 5_000, 32, 2_000);

    /// <summary>200 networks of 10–40 partners at 1M events (5,000 events each over 10 years); at least 32 networks, so 32 clients never share one.</summary>
    public int Networks => (int)Math.Clamp(Events / 5_000, 32, 200);

    /// <summary>SQLite batch runs write a fifth of the PostgreSQL size: its single writer makes each run long otherwise.</summary>
    public long SqliteBatchEvents => Events / 5;

    /// <summary>Single-event runs: enough appends for stable percentiles, few enough that FULL fsyncs finish quickly.</summary>
    public long PostgresSingleEvents => Math.Max(320, Events / 50);
    public long SqliteSingleEvents => Math.Max(200, Events / 200);

    /// <summary>Idempotent repeats: re-appending this many already stored events in batches of 100.</summary>
    public long RepeatEvents => Math.Max(500, Events / 20);

    public static BenchOptions Parse(string[] args)
    {
        var smoke = false;
        long? events = null;
        var store = "both";
        var seed = 7;
        var repeat = 1;
        long? datasetEvents = null;
        var only = string.Join(',', AllGroups);
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--smoke": smoke = true; break;
                case "--events": events = long.Parse(Next(args, ref i), NumberStyles.AllowThousands, CultureInfo.InvariantCulture); break;
                case "--store": store = Next(args, ref i); break;
                case "--seed": seed = int.Parse(Next(args, ref i), CultureInfo.InvariantCulture); break;
                case "--repeat": repeat = int.Parse(Next(args, ref i), CultureInfo.InvariantCulture); break;
                case "--only": only = Next(args, ref i); break;
                case "--dataset-events": datasetEvents = long.Parse(Next(args, ref i), NumberStyles.AllowThousands, CultureInfo.InvariantCulture); break;
                default: throw new ArgumentException($"unknown argument '{args[i]}'. {Usage}");
            }
        }
        if (store is not ("sqlite" or "postgres" or "both"))
            throw new ArgumentException($"--store must be sqlite, postgres or both, not '{store}'");
        var size = events ?? (smoke ? 5_000 : 1_000_000);
        if (size < 1_000)
            throw new ArgumentException("--events must be at least 1000");
        if (repeat is < 1 or > 10)
            throw new ArgumentException("--repeat must be 1 to 10");
        var groups = only.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        if (groups.Count == 0 || groups.Any(g => !AllGroups.Contains(g)))
            throw new ArgumentException($"--only takes a comma-separated list of: {string.Join(", ", AllGroups)}");
        var dataset = datasetEvents ?? size;
        if (dataset < 1_000)
            throw new ArgumentException("--dataset-events must be at least 1000");
        var connection = Environment.GetEnvironmentVariable("OBSERVATORY_POSTGRES")
            ?? "Host=127.0.0.1;Port=5432;Username=observatory;Password=observatory;Database=observatory;SSL Mode=Disable";
        var rabbit = Environment.GetEnvironmentVariable("OBSERVATORY_RABBITMQ") is { Length: > 0 } uri ? uri : "amqp://observatory:observatory@127.0.0.1:5672/";
        return new BenchOptions(smoke, size, store != "sqlite", store != "postgres", seed, repeat, connection, groups, dataset, rabbit);
    }

    private static string Next(string[] args, ref int i) =>
        ++i < args.Length ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value. {Usage}");
}
