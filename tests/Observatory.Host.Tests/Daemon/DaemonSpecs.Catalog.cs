using Observatory.Host.Importing;
using Observatory.Projections;

namespace Observatory.Host.Tests.Daemon;

public abstract partial class DaemonSpecs
{
    [Fact]
    public async Task The_catalogue_projections_persisted_by_a_daemon_restarted_mid_way_agree_with_an_in_memory_replay_of_the_reports_network()
    {
        var stores = Backend.Open();
        using (var seed = File.OpenText(SharedSeeds.SeedFile))
            await new Importer(stores.Events, TimeProvider.System).ImportAsync(seed, "test:daemon");
        var network = Assert.Single(await stores.Events.ListNetworksAsync());

        // Small pages, and a crash after the third commit, so documents go through JSON and back between batches.
        var crashing = Daemon(stores, [.. ProjectionCatalog.All], o =>
        {
            o.PageSize = 7;
            o.EventsPerCommit = 7;
            o.AfterCommit = (batch, _) => batch.Number == 3 ? throw new SimulatedCrashException("after batch 3") : Task.CompletedTask;
        });
        await Assert.ThrowsAsync<SimulatedCrashException>(() => crashing.CatchUpOnceAsync());
        var restarted = Backend.Open();
        var status = await Daemon(restarted, [.. ProjectionCatalog.All], o => o.PageSize = 7).CatchUpOnceAsync();

        foreach (var projection in ProjectionCatalog.All)
        {
            Assert.Equal((0, 0L), (status.Find(network, projection.Name)!.ParkedEvents, status.Find(network, projection.Name)!.Lag));
            var live = await LiveAsync(restarted.ReadModels, network, projection.Name);
            Assert.Equal(await TestLog.FoldAsync(restarted.Events, network, projection), live.Document);
        }
    }
}
