using Observatory.Domain.EventStore;
using static Observatory.Store.Tests.TestEvents;

namespace Observatory.Store.Tests.Contract;

/// <summary>An append that names the network head its writer decided against.</summary>
public abstract partial class EventStoreContract
{
    [Fact]
    public async Task Given_the_head_named_when_one_event_is_appended_then_it_lands_right_after_it()
    {
        await Store.AppendAsync(Network, One("network", ExpectedVersion.NoStream, Events(2)));
        var e = Event();

        var result = await Store.AppendAsync(Network, One("practice-markaryd", ExpectedVersion.NoStream, e), expectedHead: 2);

        Assert.Equal(new AppendedEvent(e.EventId, "practice-markaryd", 1, 3, AlreadyStored: false), Assert.Single(result.Events));
        Assert.Equal(3, await Store.ReadHeadAsync(Network));
        Assert.Equal(e.EventId, Assert.Single(await Store.ReadStreamAsync(Network, "practice-markaryd").ToListAsync()).EventId);
    }

    [Fact]
    public async Task Given_the_head_named_when_several_events_of_two_streams_are_appended_then_all_land_after_it()
    {
        await Store.AppendAsync(Network, One("network", ExpectedVersion.NoStream, Events(1)));

        var result = await Store.AppendAsync(Network,
            [To("network", ExpectedVersion.Exactly(1), Events(2)), To("meeting-taurage-2023", ExpectedVersion.NoStream, Events(1))], expectedHead: 1);

        Assert.Equal([2L, 3L, 4L], result.Events.Select(e => e.Position));
        Assert.Equal(4, await Store.ReadHeadAsync(Network));
    }

    [Fact]
    public async Task Given_a_new_network_when_head_0_is_named_then_its_first_event_is_stored()
    {
        var result = await Store.AppendAsync(Network, One("network", ExpectedVersion.NoStream, Event()), expectedHead: 0);

        Assert.Equal(1, Assert.Single(result.Events).Position);
        Assert.Equal(1, await Store.ReadHeadAsync(Network));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public async Task Given_another_head_when_appending_then_it_is_refused_with_both_heads_and_nothing_is_stored(long named)
    {
        await Store.AppendAsync(Network, One("network", ExpectedVersion.NoStream, Events(3)));

        var refused = await Assert.ThrowsAsync<WrongExpectedHeadException>(
            () => Store.AppendAsync(Network, One("practice-markaryd", ExpectedVersion.NoStream, Event()), expectedHead: named));

        Assert.Equal(Network, refused.Network);
        Assert.Equal(named, refused.Expected);
        Assert.Equal(3, refused.Actual);
        Assert.Equal(3, await Store.ReadHeadAsync(Network));
        Assert.Empty(await Store.ReadStreamAsync(Network, "practice-markaryd").ToListAsync());
    }

    [Fact]
    public async Task Given_a_new_network_when_a_head_above_0_is_named_then_it_is_refused_and_nothing_is_stored()
    {
        var refused = await Assert.ThrowsAsync<WrongExpectedHeadException>(
            () => Store.AppendAsync(Network, One("network", ExpectedVersion.NoStream, Event()), expectedHead: 5));

        Assert.Equal(0, refused.Actual);
        Assert.Equal(0, await Store.ReadHeadAsync(Network));
    }

    [Fact]
    public async Task Given_another_writer_moved_the_head_and_the_stream_when_appending_then_the_head_is_reported_first()
    {
        await Store.AppendAsync(Network, One("network", ExpectedVersion.NoStream, Events(1)));
        var other = await OpenSecondStoreAsync();
        await other.AppendAsync(Network, One("network", ExpectedVersion.Exactly(1), Events(1)));

        var refused = await Assert.ThrowsAsync<WrongExpectedHeadException>(
            () => Store.AppendAsync(Network, One("network", ExpectedVersion.Exactly(1), Event()), expectedHead: 1));

        Assert.Equal(2, refused.Actual);
        Assert.Equal(2, await Store.ReadHeadAsync(Network));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task Given_the_head_named_when_the_stream_version_is_stale_then_it_is_refused_and_nothing_is_stored(long expected)
    {
        await Store.AppendAsync(Network, One("working-group-labour", ExpectedVersion.NoStream, Events(2)));

        var refused = await Assert.ThrowsAsync<WrongExpectedVersionException>(
            () => Store.AppendAsync(Network, One("working-group-labour", ExpectedVersion.Exactly(expected), Event()), expectedHead: 2));

        Assert.Equal(2, refused.Actual);
        Assert.Equal(2, await Store.ReadHeadAsync(Network));
    }

    [Fact]
    public async Task Given_the_head_named_when_a_stored_id_comes_with_another_body_then_it_is_refused_and_nothing_is_stored()
    {
        var original = Event();
        await Store.AppendAsync(Network, One("practice-markaryd", ExpectedVersion.NoStream, original));

        await Assert.ThrowsAsync<EventIdConflictException>(() => Store.AppendAsync(Network,
            One("practice-taurage", ExpectedVersion.NoStream, Event(id: original.EventId, data: """{"title":"Other"}""")), expectedHead: 1));

        Assert.Equal(1, await Store.ReadHeadAsync(Network));
    }

    [Fact]
    public async Task Given_a_passed_head_when_a_stored_event_is_repeated_then_its_original_place_is_answered()
    {
        var original = Event();
        await Store.AppendAsync(Network, One("practice-markaryd", ExpectedVersion.NoStream, original));
        await Store.AppendAsync(Network, One("network", ExpectedVersion.NoStream, Events(2)));

        var result = await Store.AppendAsync(Network, One("practice-markaryd", ExpectedVersion.NoStream, original), expectedHead: 1);

        Assert.Equal(new AppendedEvent(original.EventId, "practice-markaryd", 1, 1, AlreadyStored: true), Assert.Single(result.Events));
        Assert.Equal(3, await Store.ReadHeadAsync(Network));
    }

    [Fact]
    public async Task A_negative_head_is_refused_as_invalid()
    {
        var refused = await Assert.ThrowsAsync<InvalidAppendException>(
            () => Store.AppendAsync(Network, One("network", ExpectedVersion.NoStream, Event()), expectedHead: -1));

        Assert.Equal("expectedHead", refused.Field);
    }

    [Fact]
    public async Task Given_an_open_append_when_another_store_names_the_head_before_it_then_it_waits_and_is_refused_once_that_commits()
    {
        await Store.AppendAsync(Network, One("network", ExpectedVersion.NoStream, Events(1)));
        var other = await OpenSecondStoreAsync();
        var written = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = Hooks.AppendAsync(Network, One("network", ExpectedVersion.Exactly(1), Events(1)), async _ =>
        {
            written.SetResult();
            await release.Task;
        });
        await written.Task.WaitAsync(TimeSpan.FromSeconds(10));

        var second = Task.Run(() => other.AppendAsync(Network, One("practice-markaryd", ExpectedVersion.NoStream, Event()), expectedHead: 1));
        await Task.Delay(300);
        Assert.False(second.IsCompleted, "The second append must wait for the first one's lock.");
        release.SetResult();
        await first;

        var refused = await Assert.ThrowsAsync<WrongExpectedHeadException>(() => second.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(2, refused.Actual);
        Assert.Equal(2, await Store.ReadHeadAsync(Network));
    }
}
