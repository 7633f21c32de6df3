using Observatory.Host.Projections;
using Observatory.Host.Stores.Sqlite;
using Observatory.Projections;
using Observatory.Projections.Replay;
using Observatory.Projections.Timeline;

namespace Observatory.Host.Tests.Verbs;

/// <summary>Given the report's network, when a projection is rebuilt through the verb.</summary>
public sealed class RebuildVerbSpecs : IDisposable
{
    private readonly VerbLog _log = new();

    public void Dispose() => _log.Dispose();

    [Fact]
    public async Task Rebuild_reports_progress_and_leaves_the_live_read_model_equal_to_an_in_memory_replay_even_when_run_twice()
    {
        await _log.ImportAsync(VerbLog.SeedLines);

        var first = await _log.Run("rebuild", "--projection", "timeline");
        var second = await _log.Run("rebuild", "--projection", "timeline");

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("rebuild: timeline in migration-in-local-governments: 82/82 events (100%)", first.Error, StringComparison.Ordinal);
        Assert.Contains("migration-in-local-governments/timeline/v1 rebuilt from scratch up to position 82", second.Output, StringComparison.Ordinal);
        var store = new SqliteReadModelStore(new SqliteStoreOptions { DatabasePath = Path.Combine(_log.Data, "observatory.db") });
        await using (store)
        {
            var live = await new ReadModelReader(store).GetLiveAsync(VerbLog.Network, "timeline");
            var events = await LoadAsync();
            Assert.NotNull(live);
            Assert.Equal((1, 82L), (live.Version, live.Position));
            Assert.Equal(ProjectionJson.Serialize(TimelineProjection.Instance, Replays.Run(TimelineProjection.Instance, events, AsOf.Now)), live.Document);
        }
    }

    private async Task<List<Domain.Recording.RecordedEvent>> LoadAsync()
    {
        await using var events = new SqliteEventStore(new SqliteStoreOptions { DatabasePath = Path.Combine(_log.Data, "observatory.db") });
        var list = new List<Domain.Recording.RecordedEvent>();
        await foreach (var stored in Log.LogReading.ReadLogAsync(events, VerbLog.Network))
            list.Add(Log.LogReading.ToRecorded(stored));
        return list;
    }
}
