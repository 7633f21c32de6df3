using Observatory.Host.Projections;

namespace Observatory.Host.Tests.Daemon;

public abstract partial class DaemonSpecs
{
    [Fact]
    public async Task Events_appended_while_the_daemon_runs_are_folded_as_they_arrive_and_new_networks_are_noticed()
    {
        var stores = Backend.Open();
        var head = await TestLog.AppendAsync(stores.Events, "network-a", 30);
        var watch = new CommitWatch();
        var counter = new StreamCounter();
        var daemon = Daemon(stores, [counter], o =>
        {
            o.AfterCommit = watch.AfterCommit;
            o.NetworkDiscoveryInterval = TimeSpan.FromMilliseconds(200);
        });
        using var stop = new CancellationTokenSource();
        var running = daemon.RunAsync(stop.Token);

        await watch.WaitForAsync("network-a", head);
        head = await TestLog.AppendAsync(stores.Events, "network-a", 20, prefix: "live");
        await watch.WaitForAsync("network-a", head);
        var headB = await TestLog.AppendAsync(stores.Events, "network-b", 10);
        await watch.WaitForAsync("network-b", headB);
        var status = daemon.Status;
        await stop.CancelAsync();
        await running;

        Assert.True(status.Running);
        Assert.False(daemon.Status.Running);
        Assert.Empty(status.Faults);
        Assert.Equal(await TestLog.FoldAsync(stores.Events, "network-a", counter), (await LiveAsync(stores.ReadModels, "network-a", counter.Name)).Document);
        Assert.Equal(await TestLog.FoldAsync(stores.Events, "network-b", counter), (await LiveAsync(stores.ReadModels, "network-b", counter.Name)).Document);
        Assert.All(status.Projections, p => Assert.Equal((ReadModelStatus.Live, 0L), (p.Status, p.Lag)));
        Assert.True(status.Find("network-a", counter.Name)!.EventsPerSecond > 0);
    }

    [Fact]
    public async Task With_one_catch_up_slot_a_running_daemon_still_brings_every_network_to_its_head_and_keeps_following()
    {
        var stores = Backend.Open();
        var heads = new Dictionary<string, long>();
        foreach (var network in new[] { "network-a", "network-b", "network-c" })
            heads[network] = await TestLog.AppendAsync(stores.Events, network, 25);
        var watch = new CommitWatch();
        var counter = new StreamCounter();
        var daemon = Daemon(stores, [counter], o =>
        {
            o.AfterCommit = watch.AfterCommit;
            o.PageSize = 10;
            o.MaxConcurrentNetworks = 1;
        });
        using var stop = new CancellationTokenSource();
        var running = daemon.RunAsync(stop.Token);

        foreach (var (network, head) in heads)
            await watch.WaitForAsync(network, head);
        var later = await TestLog.AppendAsync(stores.Events, "network-b", 5, prefix: "live");
        await watch.WaitForAsync("network-b", later);
        await stop.CancelAsync();
        await running;

        foreach (var network in heads.Keys)
            Assert.Equal(await TestLog.FoldAsync(stores.Events, network, counter), (await LiveAsync(stores.ReadModels, network, counter.Name)).Document);
    }

    [Fact]
    public async Task A_commit_at_a_stale_revision_writes_nothing()
    {
        var (_, readModels) = Backend.Open();
        await readModels.EnsureSchemaAsync();
        await readModels.EnsureSchemaAsync();
        var key = new ReadModelKey(Network, "stream-counter", 1);
        var parked = new ParkedEvent(3, "resource-s1", Guid.CreateVersion7(), "Cannot count.", DateTimeOffset.UnixEpoch);
        ReadModelWrite Write(long expected, long checkpoint) =>
            new(key, expected, ReadModelStatus.Building, checkpoint, "{}", [parked with { Position = checkpoint }], []);

        await readModels.CommitAsync([Write(0, 3)]);
        await Assert.ThrowsAsync<ReadModelConflictException>(() => readModels.CommitAsync([Write(0, 4)]));
        await readModels.CommitAsync([Write(1, 5)]);
        await Assert.ThrowsAsync<ReadModelConflictException>(() => readModels.CommitAsync([Write(1, 6)]));

        var stored = (await readModels.LoadAsync(key))!;
        Assert.Equal((5L, 2L), (stored.Checkpoint, stored.Revision));
        Assert.Equal([3L, 5], (await readModels.ReadParkedAsync(key)).Select(p => p.Position));
    }
}

public abstract partial class DaemonSpecs
{
    [Fact]
    public async Task Single_events_arriving_within_the_gather_delay_are_folded_and_committed_together()
    {
        var stores = Backend.Open();
        var head = await TestLog.AppendAsync(stores.Events, Network, 30);
        var watch = new CommitWatch();
        var commits = new List<long>();
        var counter = new StreamCounter();
        var daemon = Daemon(stores, [counter], o =>
        {
            o.GatherDelay = TimeSpan.FromSeconds(2);
            o.AfterCommit = Recorded(commits, watch);
        });
        using var stop = new CancellationTokenSource();
        var running = daemon.RunAsync(stop.Token);
        await watch.WaitForAsync(Network, head);

        for (var i = 0; i < 3; i++)
            head = await TestLog.AppendOneAsync(stores.Events, Network, $"resource-live{i}", $"live {i}");
        await watch.WaitForAsync(Network, head);
        await stop.CancelAsync();
        await running;

        Assert.Equal([30L, head], commits);
        Assert.Equal(await TestLog.FoldAsync(stores.Events, Network, counter), (await LiveAsync(stores.ReadModels, Network, counter.Name)).Document);
    }
}

public abstract partial class DaemonSpecs
{
    [Fact]
    public async Task A_network_quiet_for_the_idle_release_time_drops_its_states_and_loads_them_again_on_its_next_event()
    {
        var stores = Backend.Open();
        var head = await TestLog.AppendAsync(stores.Events, Network, 30);
        var watch = new CommitWatch();
        var counter = new StreamCounter();
        var watched = new WriteLog(stores.ReadModels);
        var daemon = Daemon((stores.Events, watched), [counter], o =>
        {
            o.IdleRelease = TimeSpan.FromMilliseconds(200);
            o.AfterCommit = watch.AfterCommit;
        });
        using var stop = new CancellationTokenSource();
        var running = daemon.RunAsync(stop.Token);
        await watch.WaitForAsync(Network, head);
        var loadedOnce = watched.Loads;

        await Task.Delay(TimeSpan.FromSeconds(3)); // well past the idle release, on a loaded machine too
        head = await TestLog.AppendOneAsync(stores.Events, Network, "resource-late", "late");
        await watch.WaitForAsync(Network, head);
        await stop.CancelAsync();
        await running;

        Assert.Equal((1, 2), (loadedOnce, watched.Loads));
        Assert.Equal(await TestLog.FoldAsync(stores.Events, Network, counter), (await LiveAsync(stores.ReadModels, Network, counter.Name)).Document);
    }
}
