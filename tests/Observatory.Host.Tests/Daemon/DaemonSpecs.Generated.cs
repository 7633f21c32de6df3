using Observatory.Domain.EventStore;
using Observatory.Host.Generation;
using Observatory.Projections;

namespace Observatory.Host.Tests.Daemon;

public abstract partial class DaemonSpecs
{
    [Fact]
    public async Task The_catalogue_projections_persisted_by_a_daemon_crashing_at_arbitrary_batches_agree_with_an_in_memory_replay_of_a_generated_history()
    {
        // Three generated networks of about 2,000 events each: every kind of fact, corrections and retractions included.
        var histories = HistoryGenerator.Generate(seed: 2026, networks: 3, totalEvents: 6_000);
        var stores = Backend.Open();
        foreach (var history in histories)
        {
            foreach (var page in history.Events.Chunk(500))
                await stores.Events.AppendAsync(history.Network,
                    [.. page.GroupBy(e => e.Stream, StringComparer.Ordinal).Select(s => new StreamAppend(s.Key, ExpectedVersion.Any, [.. s.Select(e => e.Event)]))]);
        }

        // Crash after a different batch each time (pages of 97 events, so batches cut streams at odd places), and
        // restart from what the database holds, until a daemon gets through.
        var random = new Random(7);
        var crashes = 0;
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var crashAfter = random.Next(1, 12);
            var daemon = Daemon(Backend.Open(), [.. ProjectionCatalog.All], o =>
            {
                o.PageSize = 97;
                o.AfterCommit = (batch, _) => batch.Number == crashAfter ? throw new SimulatedCrashException($"after batch {crashAfter}") : Task.CompletedTask;
            });
            try
            {
                await daemon.CatchUpOnceAsync();
                break;
            }
            catch (SimulatedCrashException)
            {
                crashes++;
            }
        }

        var final = Backend.Open();
        var status = await Daemon(final, [.. ProjectionCatalog.All], o => o.PageSize = 97).CatchUpOnceAsync();
        Assert.True(crashes >= 3, $"only {crashes} crashes: the history is too small to prove anything");
        foreach (var history in histories)
        {
            foreach (var projection in ProjectionCatalog.All)
            {
                var projectionStatus = status.Find(history.Network, projection.Name)!;
                Assert.Equal((0L, history.Events.Count), (projectionStatus.Lag, (int)projectionStatus.Position));
                var live = await LiveAsync(final.ReadModels, history.Network, projection.Name);
                Assert.Equal(await TestLog.FoldAsync(final.Events, history.Network, projection), live.Document);
            }
        }
    }
}
