using Observatory.Domain.EventStore;
using static Observatory.Store.Tests.TestEvents;

namespace Observatory.Store.Tests.Contract;

public abstract partial class EventStoreContract
{
    [Fact]
    public async Task A_repeated_append_returns_the_original_positions_and_stores_nothing()
    {
        var events = Events(3);
        var first = await Store.AppendAsync(Network, One("network", ExpectedVersion.NoStream, events));
        await Store.AppendAsync(Network, One("meeting-bytow-2023", ExpectedVersion.NoStream, Events(1)));
        await Store.AppendAsync(Network, One("network", ExpectedVersion.Exactly(3), Events(1)));

        // The stream has moved on, so NoStream is stale now; a repeat is recognised before the version check.
        var repeat = await Store.AppendAsync(Network, One("network", ExpectedVersion.NoStream, events));

        Assert.Equal(first.Events.Select(e => (e.EventId, e.Stream, e.StreamVersion, e.Position)),
            repeat.Events.Select(e => (e.EventId, e.Stream, e.StreamVersion, e.Position)));
        Assert.All(repeat.Events, e => Assert.True(e.AlreadyStored));
        Assert.Equal(0, repeat.NewlyStored);
        Assert.Equal(5, await Store.ReadHeadAsync(Network));
    }

    [Fact]
    public async Task An_event_id_reused_for_another_body_is_a_conflict_and_nothing_is_stored()
    {
        var original = Event(data: """{"title":"Study visit"}""");
        await Store.AppendAsync(Network, One("network", ExpectedVersion.Any, original));

        var conflict = await Assert.ThrowsAsync<EventIdConflictException>(() => Store.AppendAsync(Network,
            One("network", ExpectedVersion.Any, Event(), original with { Data = """{"title":"Round table"}""" })));

        Assert.Equal(original.EventId, conflict.EventId);
        Assert.Equal("body", conflict.Reason);
        Assert.Equal(1, await Store.ReadHeadAsync(Network));
    }

    [Fact]
    public async Task An_event_id_reused_in_another_stream_or_with_another_type_names_what_differs()
    {
        var original = Event();
        await Store.AppendAsync(Network, One("network", ExpectedVersion.Any, original));

        var otherStream = await Assert.ThrowsAsync<EventIdConflictException>(
            () => Store.AppendAsync(Network, One("meeting-bytow-2023", ExpectedVersion.Any, original)));
        var otherType = await Assert.ThrowsAsync<EventIdConflictException>(
            () => Store.AppendAsync(Network, One("network", ExpectedVersion.Any, original with { Type = "resource-published" })));
        var otherTime = await Assert.ThrowsAsync<EventIdConflictException>(
            () => Store.AppendAsync(Network, One("network", ExpectedVersion.Any, original with { OccurredOn = original.OccurredOn.AddDays(1) })));
        var otherSchema = await Assert.ThrowsAsync<EventIdConflictException>(
            () => Store.AppendAsync(Network, One("network", ExpectedVersion.Any, original with { SchemaVersion = 2 })));

        Assert.Equal(["stream", "type", "body", "body"], new[] { otherStream, otherType, otherTime, otherSchema }.Select(e => e.Reason));
        Assert.Contains(original.EventId.ToString(), otherStream.Message, StringComparison.Ordinal);
        Assert.Equal(1, await Store.ReadHeadAsync(Network));
    }

    [Fact]
    public async Task A_repeat_with_new_metadata_is_still_the_same_fact()
    {
        var original = Event();
        var first = await Store.AppendAsync(Network, One("network", ExpectedVersion.NoStream, original));

        var retry = await Store.AppendAsync(Network, One("network", ExpectedVersion.NoStream,
            original with { Metadata = new EventMetadata("retrying-client", Guid.CreateVersion7()) }));

        Assert.True(Assert.Single(retry.Events).AlreadyStored);
        Assert.Equal(first.LastPosition, retry.LastPosition);
    }

    [Fact]
    public async Task A_partial_repeat_with_any_version_skips_the_stored_events_and_appends_the_new_ones()
    {
        var old = Events(2);
        await Store.AppendAsync(Network, One("network", ExpectedVersion.Any, old));
        var fresh = Event();

        var result = await Store.AppendAsync(Network, One("network", ExpectedVersion.Any, old[0], fresh, old[1]));

        Assert.Equal([true, false, true], result.Events.Select(e => e.AlreadyStored));
        Assert.Equal([1L, 3L, 2L], result.Events.Select(e => e.Position));
        Assert.Equal([1L, 3L, 2L], result.Events.Select(e => e.StreamVersion));
        Assert.Equal(1, result.NewlyStored);
        Assert.Equal(3, await Store.ReadHeadAsync(Network));
    }

    [Fact]
    public async Task A_partial_repeat_with_a_concrete_version_is_refused_and_nothing_is_stored()
    {
        var old = Events(2);
        await Store.AppendAsync(Network, One("network", ExpectedVersion.NoStream, old));

        var refused = await Assert.ThrowsAsync<InvalidAppendException>(
            () => Store.AppendAsync(Network, One("network", ExpectedVersion.Exactly(2), old[0], Event())));

        Assert.Equal("events", refused.Field);
        Assert.Equal("a retried append must repeat exactly the original events", refused.Rule);
        Assert.Equal(2, await Store.ReadHeadAsync(Network));
    }

    [Fact]
    public async Task A_repeated_stream_append_beside_a_new_one_keeps_its_places_and_checks_only_the_new_stream()
    {
        var earlier = Events(2);
        await Store.AppendAsync(Network, One("network", ExpectedVersion.NoStream, earlier));

        var result = await Store.AppendAsync(Network,
        [
            To("network", ExpectedVersion.NoStream, earlier),
            To("evaluation-2023", ExpectedVersion.NoStream, Events(1)),
        ]);

        Assert.Equal([true, true, false], result.Events.Select(e => e.AlreadyStored));
        Assert.Equal([1L, 2L, 3L], result.Events.Select(e => e.Position));
    }

    [Fact]
    public async Task A_repeat_reaches_commit_without_writing_anything()
    {
        var events = Events(2);
        await Store.AppendAsync(Network, One("network", ExpectedVersion.NoStream, events));
        var hookRan = false;

        var repeat = await Hooks.AppendAsync(Network, One("network", ExpectedVersion.NoStream, events), _ =>
        {
            hookRan = true;
            return Task.CompletedTask;
        });

        Assert.True(hookRan);
        Assert.Equal(0, repeat.NewlyStored);
        Assert.Equal(2, await Store.ReadHeadAsync(Network));
    }
}
