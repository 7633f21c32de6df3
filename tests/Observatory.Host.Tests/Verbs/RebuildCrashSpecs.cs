using System.Diagnostics;
using Observatory.Domain.EventStore;
using Observatory.Domain.Serialization;
using Observatory.Domain.Sharing;
using Observatory.Host.Log;
using Observatory.Host.Projections;
using Observatory.Host.Stores.Sqlite;
using Observatory.Projections;
using Observatory.Projections.Replay;
using Xunit.Abstractions;

namespace Observatory.Host.Tests.Verbs;

/// <summary>
/// The real executable killed with SIGKILL in the middle of a rebuild, then the rebuild run again: the read model ends
/// identical to a fresh in-memory replay of the same projection code, nothing lost and nothing applied twice.
/// </summary>
public sealed class RebuildCrashSpecs(ITestOutputHelper output) : IDisposable
{
    private const int GeneratedEvents = 20_000;
    private readonly VerbLog _log = new();

    [Fact]
    public async Task A_rebuild_killed_half_way_and_run_again_ends_identical_to_an_in_memory_replay()
    {
        await _log.ImportAsync(VerbLog.SeedLines);
        var options = new SqliteStoreOptions { DatabasePath = Path.Combine(_log.Data, "observatory.db") };
        await using (var store = new SqliteEventStore(options))
            await AppendPracticesAsync(store);

        var progressAtKill = await KillRebuildHalfWayAsync("timeline");
        var rerun = await _log.Run("rebuild", "--projection", "timeline");

        var projection = ProjectionCatalog.Find("timeline")!;
        string expected;
        await using (var store = new SqliteEventStore(options))
        {
            var events = new List<Domain.Recording.RecordedEvent>();
            await foreach (var stored in store.ReadLogAsync(VerbLog.Network))
                events.Add(stored.ToRecorded());
            expected = ProjectionJson.Serialize(projection, Replays.Run(projection, events, AsOf.Now));
        }
        await using var readModels = new SqliteReadModelStore(options);
        var live = await readModels.LoadAsync(new ReadModelKey(VerbLog.Network, "timeline", projection.Version));

        output.WriteLine($"killed at: {progressAtKill}");
        output.WriteLine(rerun.Output);
        Assert.True(rerun.ExitCode == 0, rerun.Error);
        Assert.NotNull(live);
        Assert.Equal(ReadModelStatus.Live, live.Status);
        Assert.Equal(GeneratedEvents + VerbLog.SeedLines.Count(l => l.StartsWith('{')), live.Checkpoint);
        Assert.Equal(expected, live.Document);
    }

    /// <summary>Starts the executable's rebuild, waits for its first progress line short of the head, and SIGKILLs it.</summary>
    private async Task<string> KillRebuildHalfWayAsync(string projection)
    {
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "observatory"),
            ["rebuild", "--projection", projection, "--store", "sqlite", "--data", _log.Data])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("The observatory executable did not start.");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            while (await process.StandardError.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.StartsWith("rebuild: timeline", StringComparison.Ordinal) && !line.Contains("(100%)", StringComparison.Ordinal))
                    return line;
            }
            throw new InvalidOperationException("The rebuild ended before it could be killed half-way: " + await process.StandardOutput.ReadToEndAsync());
        }
        finally
        {
            process.Kill(entireProcessTree: true); // SIGKILL: no cleanup, no final commit
            await process.WaitForExitAsync(CancellationToken.None);
        }
    }

    private static async Task AppendPracticesAsync(SqliteEventStore store)
    {
        string[] partners = ["bytow-municipality", "bytow-district", "frankenberg", "markaryd", "taurage", "vorpommern-ruegen", "schmalkalden-meiningen"];
        var areas = Enum.GetValues<ThematicArea>();
        var day = new DateOnly(2021, 1, 1);
        for (var batch = 0; batch < GeneratedEvents / 500; batch++)
        {
            var appends = Enumerable.Range(0, 500).Select(i =>
            {
                var n = batch * 500 + i;
                var (type, version, data) = EventSerializer.Serialize(new PracticeShared(
                    $"Practice {n}", [areas[n % areas.Length]], partners[n % partners.Length]));
                var occurred = new DateTimeOffset(day.AddDays(n % 800).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
                return new StreamAppend($"practice-generated-{n}", ExpectedVersion.NoStream,
                    [new EventToAppend(Guid.CreateVersion7(), type, version, data, occurred, new EventMetadata("test", Guid.CreateVersion7()))]);
            }).ToList();
            await store.AppendAsync(VerbLog.Network, appends);
        }
    }

    public void Dispose() => _log.Dispose();
}
