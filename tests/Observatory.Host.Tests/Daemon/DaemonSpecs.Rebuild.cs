using Observatory.Host.Projections;

namespace Observatory.Host.Tests.Daemon;

public abstract partial class DaemonSpecs
{
    [Fact]
    public async Task A_first_version_stays_invisible_to_readers_until_it_has_caught_up()
    {
        var stores = Backend.Open();
        var head = await TestLog.AppendAsync(stores.Events, Network, 730);
        var reader = new ReadModelReader(stores.ReadModels);
        var seen = new List<LiveReadModel?>();
        var daemon = Daemon(stores, [new StreamCounter()], o =>
            o.AfterCommit = async (_, ct) => seen.Add(await reader.GetLiveAsync(Network, "stream-counter", ct)));

        await daemon.CatchUpOnceAsync();

        Assert.Equal(8, seen.Count);
        Assert.All(seen.SkipLast(1), Assert.Null);
        Assert.Equal((1, head), (seen[^1]!.Version, seen[^1]!.Position));
    }

    [Fact]
    public async Task A_new_version_rebuilds_beside_the_live_one_and_replaces_it_atomically_when_caught_up()
    {
        var stores = Backend.Open();
        await TestLog.AppendAsync(stores.Events, Network, 730);
        var v1 = new StreamCounter(version: 1);
        await Daemon(stores, [v1]).CatchUpOnceAsync();
        var head = await TestLog.AppendAsync(stores.Events, Network, 50, prefix: "more");
        await Daemon(stores, [v1]).CatchUpOnceAsync();
        var v1Document = await TestLog.FoldAsync(stores.Events, Network, v1);

        // Readers look while each batch of the rebuild is written but not committed, and again once it is.
        var reader = new ReadModelReader(stores.ReadModels);
        var v2 = new StreamCounter(version: 2);
        var beforeCommits = new List<LiveReadModel?>();
        var afterCommits = new List<LiveReadModel?>();
        var status = await Daemon(stores, [v2], o =>
        {
            o.BeforeCommit = async (_, ct) => beforeCommits.Add(await reader.GetLiveAsync(Network, v2.Name, ct));
            o.AfterCommit = async (_, ct) => afterCommits.Add(await reader.GetLiveAsync(Network, v2.Name, ct));
        }).CatchUpOnceAsync();

        Assert.Equal(8, beforeCommits.Count);
        Assert.All(beforeCommits.Concat(afterCommits.SkipLast(1)), live => Assert.Equal((1, head, v1Document), (live!.Version, live.Position, live.Document)));
        Assert.Equal((2, head), (afterCommits[^1]!.Version, afterCommits[^1]!.Position));
        Assert.Equal(await TestLog.FoldAsync(stores.Events, Network, v2), afterCommits[^1]!.Document);
        Assert.Equal(ReadModelStatus.Retired, (await StoredAsync(stores.ReadModels, v1))!.Status);
        Assert.Equal(ReadModelStatus.Live, (await StoredAsync(stores.ReadModels, v2))!.Status);
        Assert.Equal((2, ReadModelStatus.Live), (status.Find(Network, v2.Name)!.Version, status.Find(Network, v2.Name)!.Status));
    }

    [Fact]
    public async Task A_rebuild_interrupted_midway_resumes_beside_the_live_version_after_a_restart()
    {
        var stores = Backend.Open();
        await TestLog.AppendAsync(stores.Events, Network, 730);
        await Daemon(stores, [new StreamCounter(version: 1)]).CatchUpOnceAsync();
        var crashing = Daemon(stores, [new StreamCounter(version: 2)], o =>
            o.AfterCommit = (batch, _) => batch.Number == 4 ? throw new SimulatedCrashException("mid-rebuild") : Task.CompletedTask);
        await Assert.ThrowsAsync<SimulatedCrashException>(() => crashing.CatchUpOnceAsync());

        var restarted = Backend.Open();
        Assert.Equal(1, (await LiveAsync(restarted.ReadModels, Network, "stream-counter")).Version);
        var v2 = new StreamCounter(version: 2);
        await Daemon(restarted, [v2]).CatchUpOnceAsync();

        var live = await LiveAsync(restarted.ReadModels, Network, v2.Name);
        Assert.Equal((2, await TestLog.FoldAsync(restarted.Events, Network, v2)), (live.Version, live.Document));
    }
}
