using System.Globalization;

namespace Observatory.Benchmarks;

/// <summary>
/// The command line. Every size derives from --events (the PostgreSQL batch size, in events), so one number scales a
/// run; --smoke picks tiny sizes that finish in seconds, for CI.
/// </summary>
internal sealed record BenchOptions(bool Smoke, long Events, bool Postgres, bool Sqlite, int Seed, int Repeat, string PostgresConnection)
{
    public const string Usage = "usage: Observatory.Benchmarks [--smoke] [--events N] [--store sqlite|postgres|both] [--seed S] [--repeat K]";

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
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--smoke": smoke = true; break;
                case "--events": events = long.Parse(Next(args, ref i), NumberStyles.AllowThousands, CultureInfo.InvariantCulture); break;
                case "--store": store = Next(args, ref i); break;
                case "--seed": seed = int.Parse(Next(args, ref i), CultureInfo.InvariantCulture); break;
                case "--repeat": repeat = int.Parse(Next(args, ref i), CultureInfo.InvariantCulture); break;
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
        var connection = Environment.GetEnvironmentVariable("OBSERVATORY_POSTGRES")
            ?? "Host=127.0.0.1;Port=5432;Username=observatory;Password=observatory;Database=observatory";
        return new BenchOptions(smoke, size, store != "sqlite", store != "postgres", seed, repeat, connection);
    }

    private static string Next(string[] args, ref int i) =>
        ++i < args.Length ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value. {Usage}");
}
