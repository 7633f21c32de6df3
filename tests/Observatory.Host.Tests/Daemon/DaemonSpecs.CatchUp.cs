using Observatory.Host.Projections;

namespace Observatory.Host.Tests.Daemon;

public abstract partial class DaemonSpecs
{
    [Fact]
    public async Task Catching_up_from_zero_folds_every_event_of_every_network_exactly_once()
    {
        var stores = Backend.Open();
        var headA = await TestLog.AppendAsync(stores.Events, "network-a", 730);
        var headB = await TestLog.AppendAsync(stores.Events, "network-b", 120, streams: 3);
        var counter = new StreamCounter();

        var status = await Daemon(stores, [counter]).CatchUpOnceAsync();

        foreach (var (network, head) in new[] { ("network-a", headA), ("network-b", headB) })
        {
            var live = await LiveAsync(stores.ReadModels, network, counter.Name);
            Assert.Equal(await TestLog.FoldAsync(stores.Events, network, counter), live.Document);
            Assert.Equal(head, live.Position);
            var reported = status.Find(network, counter.Name)!;
            Assert.Equal((ReadModelStatus.Live, head, head, 0L, 0), (reported.Status, reported.Position, reported.Head, reported.Lag, reported.ParkedEvents));
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(7)]
    public async Task A_daemon_stopped_after_any_batch_continues_from_its_checkpoint_and_ends_with_the_state_of_a_fresh_fold(int stopAfter)
    {
        var stores = Backend.Open();
        await TestLog.AppendAsync(stores.Events, Network, 730);
        var first = Daemon(stores, [new StreamCounter()], o =>
            o.AfterCommit = (batch, _) => batch.Number == stopAfter ? throw new SimulatedCrashException($"after batch {stopAfter}") : Task.CompletedTask);
        await Assert.ThrowsAsync<SimulatedCrashException>(() => first.CatchUpOnceAsync());

        // A new process: new store instances, nothing in memory but what the database kept.
        var restarted = Backend.Open();
        var counter = new StreamCounter();
        var stored = (await StoredAsync(restarted.ReadModels, counter))!;
        Assert.Equal((stopAfter * (long)PageSize, ReadModelStatus.Building), (stored.Checkpoint, stored.Status));
        Assert.Equal(await TestLog.FoldAsync(restarted.Events, Network, counter, upTo: stored.Checkpoint), stored.Document);

        var head = await TestLog.AppendAsync(restarted.Events, Network, 55, prefix: "late");
        await Daemon(restarted, [counter]).CatchUpOnceAsync();

        var live = await LiveAsync(restarted.ReadModels, Network, counter.Name);
        Assert.Equal(head, live.Position);
        Assert.Equal(await TestLog.FoldAsync(restarted.Events, Network, counter), live.Document);
    }

    [Fact]
    public async Task A_daemon_cancelled_while_running_continues_from_its_checkpoint_after_a_restart()
    {
        var stores = Backend.Open();
        var head = await TestLog.AppendAsync(stores.Events, Network, 730);
        using var stop = new CancellationTokenSource();
        var first = Daemon(stores, [new StreamCounter()], o => o.AfterCommit = async (batch, _) =>
        {
            if (batch.Number == 3)
                await stop.CancelAsync();
        });
        await first.RunAsync(stop.Token);

        var restarted = Backend.Open();
        var counter = new StreamCounter();
        var stored = (await StoredAsync(restarted.ReadModels, counter))!;
        Assert.InRange(stored.Checkpoint, 3 * PageSize, head - 1);
        await Daemon(restarted, [counter]).CatchUpOnceAsync();

        Assert.Equal(await TestLog.FoldAsync(restarted.Events, Network, counter), (await LiveAsync(restarted.ReadModels, Network, counter.Name)).Document);
    }

    [Fact]
    public async Task A_crash_between_folding_and_committing_loses_nothing_and_applies_nothing_twice()
    {
        var stores = Backend.Open();
        await TestLog.AppendAsync(stores.Events, Network, 730);
        var first = Daemon(stores, [new StreamCounter()], o =>
            o.BeforeCommit = (batch, _) => batch.Number == 3 ? throw new SimulatedCrashException("before commit 3") : Task.CompletedTask);
        await Assert.ThrowsAsync<SimulatedCrashException>(() => first.CatchUpOnceAsync());

        var restarted = Backend.Open();
        var counter = new StreamCounter();
        var stored = (await StoredAsync(restarted.ReadModels, counter))!;
        Assert.Equal(2L * PageSize, stored.Checkpoint);
        Assert.Equal(await TestLog.FoldAsync(restarted.Events, Network, counter, upTo: stored.Checkpoint), stored.Document);

        await Daemon(restarted, [counter]).CatchUpOnceAsync();
        Assert.Equal(await TestLog.FoldAsync(restarted.Events, Network, counter), (await LiveAsync(restarted.ReadModels, Network, counter.Name)).Document);
    }

    [Fact]
    public async Task The_same_daemon_folds_again_from_the_database_after_a_commit_failed()
    {
        var stores = Backend.Open();
        await TestLog.AppendAsync(stores.Events, Network, 730);
        var failures = 0;
        var counter = new StreamCounter();
        var daemon = Daemon(stores, [counter], o =>
            o.BeforeCommit = (batch, _) => batch.Number == 3 && Interlocked.Increment(ref failures) == 1
                ? throw new SimulatedCrashException("before commit 3")
                : Task.CompletedTask);

        await Assert.ThrowsAsync<SimulatedCrashException>(() => daemon.CatchUpOnceAsync());
        var status = await daemon.CatchUpOnceAsync();

        Assert.Equal(0, status.Find(Network, counter.Name)!.Lag);
        Assert.Equal(await TestLog.FoldAsync(stores.Events, Network, counter), (await LiveAsync(stores.ReadModels, Network, counter.Name)).Document);
    }
}
