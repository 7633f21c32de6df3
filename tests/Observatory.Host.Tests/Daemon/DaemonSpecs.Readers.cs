using Observatory.Host.Projections;
using Observatory.Projections;

namespace Observatory.Host.Tests.Daemon;

public abstract partial class DaemonSpecs
{
    [Fact]
    public async Task A_reader_in_the_daemons_process_gets_the_committed_state_without_reading_its_document()
    {
        var stores = Backend.Open();
        var head = await TestLog.AppendAsync(stores.Events, Network, 120);
        var counter = new StreamCounter();
        var watched = new WriteLog(stores.ReadModels);
        var states = new LiveStates();
        await new ProjectionDaemon(stores.Events, watched, [counter], new ProjectionDaemonOptions(), liveStates: states).CatchUpOnceAsync();
        var reader = new ReadModelReader(watched, states);

        var first = await reader.GetLiveStateAsync(Network, counter);
        var second = await reader.GetLiveStateAsync(Network, counter);

        Assert.Equal(0, watched.LiveLoads);
        Assert.Equal(head, first!.Position);
        Assert.Same(first.State, second!.State);
        Assert.Equal(await TestLog.FoldAsync(stores.Events, Network, counter), ProjectionJson.Serialize(counter, first.State));
    }

    [Fact]
    public async Task A_state_kept_at_an_older_revision_is_not_served_when_another_process_has_committed_since()
    {
        var stores = Backend.Open();
        await TestLog.AppendAsync(stores.Events, Network, 120);
        var counter = new StreamCounter();
        var states = new LiveStates();
        await new ProjectionDaemon(stores.Events, stores.ReadModels, [counter], new ProjectionDaemonOptions(), liveStates: states).CatchUpOnceAsync();
        var reader = new ReadModelReader(stores.ReadModels, states);
        var before = await reader.GetLiveStateAsync(Network, counter);

        // Another host's daemon (its own memory) folds what was appended since.
        var elsewhere = Backend.Open();
        var head = await TestLog.AppendAsync(elsewhere.Events, Network, 30, prefix: "more");
        await new ProjectionDaemon(elsewhere.Events, elsewhere.ReadModels, [counter], new ProjectionDaemonOptions()).CatchUpOnceAsync();
        var after = await reader.GetLiveStateAsync(Network, counter);

        Assert.Equal(head, after!.Position);
        Assert.NotSame(before!.State, after.State);
        Assert.Equal(await TestLog.FoldAsync(stores.Events, Network, counter), ProjectionJson.Serialize(counter, after.State));
    }

    [Fact]
    public async Task A_projection_that_has_not_caught_up_reads_as_none_and_its_initial_state()
    {
        var stores = Backend.Open();
        await stores.ReadModels.EnsureSchemaAsync();
        var reader = new ReadModelReader(stores.ReadModels);
        var counter = new StreamCounter();

        Assert.Equal([null], await reader.GetLiveStatesAsync(Network, [counter]));
        Assert.Same(counter.Initial, await reader.StateOrInitialAsync(Network, counter));
    }
}

public abstract partial class DaemonSpecs
{
    /// <summary>Notes each commit's position in <paramref name="commits"/>, then tells <paramref name="watch"/>.</summary>
    private static Func<DaemonBatch, CancellationToken, Task> Recorded(List<long> commits, CommitWatch watch) => async (batch, ct) =>
    {
        lock (commits)
            commits.Add(batch.Position);
        await watch.AfterCommit(batch, ct);
    };

    /// <summary>Pages of <see cref="PageSize"/>, no gathering, commits every <paramref name="interval"/> at the head; hand-overs reported to <paramref name="visible"/>.</summary>
    private static ProjectionDaemonOptions Durable(TimeSpan interval, CommitWatch visible, Func<DaemonBatch, CancellationToken, Task> afterCommit) =>
        new()
        {
            PageSize = PageSize,
            GatherDelay = TimeSpan.Zero,
            DurableInterval = interval,
            AfterVisible = visible.AfterCommit,
            AfterCommit = afterCommit,
        };

    [Fact]
    public async Task With_a_durable_interval_new_events_are_visible_to_readers_at_once_and_committed_once_it_has_passed()
    {
        var stores = Backend.Open();
        var head = await TestLog.AppendAsync(stores.Events, Network, 30);
        var watch = new CommitWatch();
        var visible = new CommitWatch();
        var commits = new List<long>();
        var counter = new StreamCounter();
        var states = new LiveStates();
        var options = Durable(TimeSpan.FromSeconds(3), visible, Recorded(commits, watch));
        var daemon = new ProjectionDaemon(stores.Events, stores.ReadModels, [counter], options, liveStates: states);
        var reader = new ReadModelReader(stores.ReadModels, states);
        using var stop = new CancellationTokenSource();
        var running = daemon.RunAsync(stop.Token);
        await watch.WaitForAsync(Network, head);

        var first = head;
        head = await TestLog.AppendOneAsync(stores.Events, Network, "resource-live", "live 1");
        await visible.WaitForAsync(Network, head);
        var seen = await reader.GetLiveStateAsync(Network, counter);
        var stored = await StoredAsync(stores.ReadModels, counter);
        await watch.WaitForAsync(Network, head);
        await stop.CancelAsync();
        await running;

        Assert.Equal(head, seen!.Position);
        Assert.Equal(first, stored!.Checkpoint);
        Assert.Equal([first, head], commits);
        Assert.Equal(await TestLog.FoldAsync(stores.Events, Network, counter), (await LiveAsync(stores.ReadModels, Network, counter.Name)).Document);
    }
}

public abstract partial class DaemonSpecs
{
    [Fact]
    public async Task With_a_durable_interval_a_network_commits_before_it_once_it_has_folded_the_durable_events_limit()
    {
        var stores = Backend.Open();
        var head = await TestLog.AppendAsync(stores.Events, Network, 30);
        var watch = new CommitWatch();
        var visible = new CommitWatch();
        var commits = new List<long>();
        var counter = new StreamCounter();
        var options = Durable(TimeSpan.FromHours(1), visible, Recorded(commits, watch));
        options.DurableEvents = 3;
        var daemon = new ProjectionDaemon(stores.Events, stores.ReadModels, [counter], options, liveStates: new LiveStates());
        using var stop = new CancellationTokenSource();
        var running = daemon.RunAsync(stop.Token);
        await watch.WaitForAsync(Network, head);
        var first = head;

        // Two folds wait for the interval; the third reaches the limit and commits all three.
        for (var i = 1; i <= 2; i++)
        {
            head = await TestLog.AppendOneAsync(stores.Events, Network, $"resource-live-{i}", $"live {i}");
            await visible.WaitForAsync(Network, head);
        }
        var beforeLimit = (await StoredAsync(stores.ReadModels, counter))!.Checkpoint;
        head = await TestLog.AppendOneAsync(stores.Events, Network, "resource-live-3", "live 3");
        await watch.WaitForAsync(Network, head);
        await stop.CancelAsync();
        await running;

        Assert.Equal(first, beforeLimit);
        Assert.Equal([first, head], commits);
        Assert.Equal(await TestLog.FoldAsync(stores.Events, Network, counter), (await LiveAsync(stores.ReadModels, Network, counter.Name)).Document);
    }

    [Fact]
    public async Task A_daemon_stopped_gracefully_commits_what_its_readers_have_already_seen()
    {
        var stores = Backend.Open();
        var head = await TestLog.AppendAsync(stores.Events, Network, 30);
        var watch = new CommitWatch();
        var visible = new CommitWatch();
        var counter = new StreamCounter();
        var options = Durable(TimeSpan.FromMinutes(10), visible, watch.AfterCommit);
        var daemon = new ProjectionDaemon(stores.Events, stores.ReadModels, [counter], options, liveStates: new LiveStates());
        using var stop = new CancellationTokenSource();
        var running = daemon.RunAsync(stop.Token);
        await watch.WaitForAsync(Network, head);
        head = await TestLog.AppendOneAsync(stores.Events, Network, "resource-live", "live 1");
        await visible.WaitForAsync(Network, head);
        var beforeStop = (await StoredAsync(stores.ReadModels, counter))!.Checkpoint;

        await stop.CancelAsync();
        await running;

        Assert.True(beforeStop < head);
        var stored = (await StoredAsync(stores.ReadModels, counter))!;
        Assert.Equal((head, await TestLog.FoldAsync(stores.Events, Network, counter)), (stored.Checkpoint, stored.Document));
    }
}
