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

public abstract partial class DaemonSpecs
{
    [Fact]
    public async Task By_default_a_catch_up_from_position_0_commits_once_at_the_head()
    {
        var stores = Backend.Open();
        var head = await TestLog.AppendAsync(stores.Events, Network, 730);
        var counter = new StreamCounter();
        var commits = new List<DaemonBatch>();

        await Daemon(stores, [counter], o =>
        {
            o.EventsPerCommit = new ProjectionDaemonOptions().EventsPerCommit;
            o.AfterCommit = (batch, _) => Task.Run(() => commits.Add(batch));
        }).CatchUpOnceAsync();

        Assert.Equal(head, Assert.Single(commits).Position);
        var live = await LiveAsync(stores.ReadModels, Network, counter.Name);
        Assert.Equal((head, await TestLog.FoldAsync(stores.Events, Network, counter)), (live.Position, live.Document));
    }

    [Fact]
    public async Task A_long_catch_up_commits_after_every_EventsPerCommit_events_and_at_the_head()
    {
        var stores = Backend.Open();
        var head = await TestLog.AppendAsync(stores.Events, Network, 730);
        var commits = new List<long>();

        await Daemon(stores, [new StreamCounter()], o =>
        {
            o.EventsPerCommit = 250;
            o.AfterCommit = (batch, _) => Task.Run(() => commits.Add(batch.Position));
        }).CatchUpOnceAsync();

        // Pages of 100: the first commit once 250 are folded (after the third page), then again, then at the head.
        Assert.Equal([300L, 600L, head], commits);
    }

    [Fact]
    public async Task An_event_a_read_model_ignores_moves_its_checkpoint_and_leaves_its_stored_document_unwritten()
    {
        var stores = Backend.Open();
        await TestLog.AppendAsync(stores.Events, Network, 30);
        var counter = new StreamCounter(ignoring: "quiet");
        var writes = new WriteLog(stores.ReadModels);
        await Daemon((stores.Events, writes), [counter]).CatchUpOnceAsync();
        var before = (await StoredAsync(stores.ReadModels, counter))!;

        var head = await TestLog.AppendAsync(stores.Events, Network, 20, prefix: "quiet");
        await Daemon((stores.Events, writes), [counter]).CatchUpOnceAsync();

        Assert.NotNull(writes.Writes[0].Document);
        Assert.Null(writes.Writes[^1].Document);
        var after = (await StoredAsync(stores.ReadModels, counter))!;
        Assert.Equal((head, before.Revision + 1, before.Document), (after.Checkpoint, after.Revision, after.Document));
        Assert.Equal(await TestLog.FoldAsync(stores.Events, Network, counter), after.Document);
    }

    [Fact]
    public async Task A_read_model_not_stored_yet_cannot_be_written_without_its_document()
    {
        var stores = Backend.Open();
        await stores.ReadModels.EnsureSchemaAsync();
        var write = new ReadModelWrite(new ReadModelKey(Network, "stream-counter", 1), 0, ReadModelStatus.Building, 5, null, [], []);

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => stores.ReadModels.CommitAsync([write]));

        Assert.Contains("first write needs a document", refused.Message);
        Assert.Null(await stores.ReadModels.LoadAsync(write.Key));
    }
}
