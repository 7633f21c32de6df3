using Observatory.Domain.EventStore;
using static Observatory.Store.Tests.TestEvents;

namespace Observatory.Store.Tests.Contract;

public abstract partial class EventStoreContract
{
    [Fact]
    public async Task No_stream_is_accepted_for_a_new_stream_and_refused_once_it_exists()
    {
        await Store.AppendAsync(Network, One("network", ExpectedVersion.NoStream, Event()));

        var refused = await Assert.ThrowsAsync<WrongExpectedVersionException>(
            () => Store.AppendAsync(Network, One("network", ExpectedVersion.NoStream, Event())));

        Assert.Equal(ExpectedVersion.NoStream, refused.Expected);
        Assert.Equal(1, refused.Actual);
    }

    [Fact]
    public async Task An_exact_expected_version_appends_right_after_that_version()
    {
        await Store.AppendAsync(Network, One("network", ExpectedVersion.NoStream, Events(3)));

        var result = await Store.AppendAsync(Network, One("network", ExpectedVersion.Exactly(3), Events(2)));

        Assert.Equal([4L, 5L], result.Events.Select(e => e.StreamVersion));
        Assert.Equal(5, result.LastPosition);
    }

    [Fact]
    public async Task Any_expected_version_appends_whatever_the_stream_version()
    {
        await Store.AppendAsync(Network, One("network", ExpectedVersion.Any, Events(2)));
        var result = await Store.AppendAsync(Network, One("network", ExpectedVersion.Any, Events(1)));

        Assert.Equal(3, Assert.Single(result.Events).StreamVersion);
    }

    [Fact]
    public async Task A_stale_expected_version_is_refused_with_expected_and_actual_versions_and_nothing_is_stored()
    {
        await Store.AppendAsync(Network, One("working-group-labour", ExpectedVersion.NoStream, Events(3)));

        var refused = await Assert.ThrowsAsync<WrongExpectedVersionException>(
            () => Store.AppendAsync(Network, One("working-group-labour", ExpectedVersion.Exactly(2), Events(2))));

        Assert.Equal(Network, refused.Network);
        Assert.Equal("working-group-labour", refused.Stream);
        Assert.Equal(ExpectedVersion.Exactly(2), refused.Expected);
        Assert.Equal(3, refused.Actual);
        Assert.Contains("version 3", refused.Message, StringComparison.Ordinal);
        Assert.Contains("version 2 was expected", refused.Message, StringComparison.Ordinal);
        Assert.Equal(3, await Store.ReadHeadAsync(Network));
        Assert.Equal(3, (await Store.ReadStreamAsync(Network, "working-group-labour").ToListAsync()).Count);
    }

    [Fact]
    public async Task One_stale_stream_stores_nothing_of_a_multi_stream_append()
    {
        await Store.AppendAsync(Network, One("network", ExpectedVersion.NoStream, Events(1)));

        await Assert.ThrowsAsync<WrongExpectedVersionException>(() => Store.AppendAsync(Network,
        [
            To("meeting-taurage-2023", ExpectedVersion.NoStream, Events(2)),
            To("network", ExpectedVersion.NoStream, Events(1)),
        ]));

        Assert.Equal(1, await Store.ReadHeadAsync(Network));
        Assert.Empty(await Store.ReadStreamAsync(Network, "meeting-taurage-2023").ToListAsync());
    }

    [Fact]
    public async Task A_multi_stream_append_is_stored_whole_with_consecutive_positions_in_request_order()
    {
        var result = await Store.AppendAsync(Network,
        [
            To("meeting-taurage-2023", ExpectedVersion.NoStream, Events(2)),
            To("network", ExpectedVersion.NoStream, Events(1)),
        ]);

        Assert.Equal([1L, 2L, 3L], result.Events.Select(e => e.Position));
        Assert.Equal(["meeting-taurage-2023", "meeting-taurage-2023", "network"], result.Events.Select(e => e.Stream));
        Assert.Equal([1L, 2L, 1L], result.Events.Select(e => e.StreamVersion));
        Assert.Equal(3, (await Store.ReadWholeLogAsync(Network)).Count);
    }

    [Fact]
    public async Task A_stream_may_come_back_later_in_one_append_and_its_versions_continue_in_request_order()
    {
        var result = await Store.AppendAsync(Network,
        [
            To("network", ExpectedVersion.NoStream, Events(1)),
            To("meeting-taurage-2023", ExpectedVersion.NoStream, Events(1)),
            To("network", ExpectedVersion.Exactly(1), Events(2)),
        ]);

        Assert.Equal([1L, 2L, 3L, 4L], result.Events.Select(e => e.Position));
        Assert.Equal(["network", "meeting-taurage-2023", "network", "network"], result.Events.Select(e => e.Stream));
        Assert.Equal([1L, 1L, 2L, 3L], result.Events.Select(e => e.StreamVersion));
        Assert.Equal([1L, 2L, 3L], (await Store.ReadStreamAsync(Network, "network").ToListAsync()).Select(e => e.StreamVersion));
    }

    [Fact]
    public async Task A_stream_that_comes_back_with_a_version_its_earlier_events_did_not_leave_stores_nothing()
    {
        await Assert.ThrowsAsync<WrongExpectedVersionException>(() => Store.AppendAsync(Network,
        [
            To("network", ExpectedVersion.NoStream, Events(2)),
            To("network", ExpectedVersion.Exactly(1), Events(1)),
        ]));

        Assert.Equal(0, await Store.ReadHeadAsync(Network));
    }

    [Fact]
    public async Task Two_store_instances_on_the_same_storage_append_concurrently_without_gaps()
    {
        var other = await OpenSecondStoreAsync();

        async Task WriteAsync(IEventStore store, string stream)
        {
            for (var i = 0; i < 25; i++)
                await store.AppendAsync(Network, One(stream, ExpectedVersion.Exactly(i * 2), Events(2)));
        }
        await Task.WhenAll(Task.Run(() => WriteAsync(Store, "meeting-one")), Task.Run(() => WriteAsync(other, "meeting-two")));

        var log = await Store.ReadWholeLogAsync(Network, pageSize: 7);
        Assert.Equal(Enumerable.Range(1, 100).Select(i => (long)i), log.Select(e => e.Position));
        Assert.Equal(100, await other.ReadHeadAsync(Network));
    }

    [Fact]
    public async Task An_append_through_another_store_waits_for_an_open_append_to_commit_and_lands_after_it()
    {
        var other = await OpenSecondStoreAsync();
        var written = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = Hooks.AppendAsync(Network, One("network", ExpectedVersion.NoStream, Events(2)), async _ =>
        {
            written.SetResult();
            await release.Task;
        });
        await written.Task.WaitAsync(TimeSpan.FromSeconds(10));

        var second = Task.Run(() => other.AppendAsync(Network, One("meeting-bytow-2023", ExpectedVersion.NoStream, Events(1))));
        await Task.Delay(300);
        Assert.False(second.IsCompleted, "The second append must wait for the first one's lock.");
        release.SetResult();

        Assert.Equal([1L, 2L], (await first).Events.Select(e => e.Position));
        Assert.Equal(3, (await second.WaitAsync(TimeSpan.FromSeconds(10))).LastPosition);
    }
}
