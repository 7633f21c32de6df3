using Observatory.Host.Projections;

namespace Observatory.Host.Tests.Daemon;

public abstract partial class DaemonSpecs
{
    // Five streams written round-robin one event each: "item i" is at position i + 1 in stream resource-s{i % 5}.
    private static Task<long> AppendInterleavedAsync(Domain.EventStore.IEventStore events, int count) =>
        TestLog.AppendAsync(events, Network, count, streams: 5, perAppend: 5);

    [Fact]
    public async Task An_event_that_cannot_be_applied_is_parked_with_the_later_events_of_its_stream_while_everything_else_goes_on()
    {
        var stores = Backend.Open();
        var head = await AppendInterleavedAsync(stores.Events, 40);
        var counter = new StreamCounter().Poison("item 7");
        var other = new StreamCounter("other-counter");
        var daemon = Daemon(stores, [counter, other]);

        var status = await daemon.CatchUpOnceAsync();

        var reported = status.Find(Network, counter.Name)!;
        Assert.Equal((head, 7, "resource-s2"), (reported.Position, reported.ParkedEvents, string.Join(",", reported.ParkedStreams)));
        var parked = await stores.ReadModels.ReadParkedAsync(new ReadModelKey(Network, counter.Name, 1));
        Assert.Equal([8L, 13, 18, 23, 28, 33, 38], parked.Select(p => p.Position));
        Assert.All(parked, p => Assert.Equal("resource-s2", p.Stream));
        Assert.Equal("Cannot count 'item 7'.", parked[0].Error);
        Assert.All(parked.Skip(1), p => Assert.Contains("parked since position 8", p.Error, StringComparison.Ordinal));

        var state = (await LiveAsync(stores.ReadModels, Network, counter.Name)).Deserialize<CounterState>();
        Assert.Equal(1, state.Streams["resource-s2"].Count);
        Assert.All(state.Streams.Where(s => s.Key != "resource-s2"), s => Assert.Equal(8, s.Value.Count));
        Assert.Equal(0, status.Find(Network, other.Name)!.ParkedEvents);
        Assert.Equal(await TestLog.FoldAsync(stores.Events, Network, other), (await LiveAsync(stores.ReadModels, Network, other.Name)).Document);

        // A later event of the parked stream waits behind it too.
        await TestLog.AppendOneAsync(stores.Events, Network, "resource-s2", "late");
        Assert.Equal(8, (await daemon.CatchUpOnceAsync()).Find(Network, counter.Name)!.ParkedEvents);
    }

    [Fact]
    public async Task Retrying_after_a_fix_applies_the_parked_events_in_order_and_the_stream_flows_again()
    {
        var stores = Backend.Open();
        await AppendInterleavedAsync(stores.Events, 40);
        var counter = new StreamCounter().Poison("item 7");
        var daemon = Daemon(stores, [counter]);
        await daemon.CatchUpOnceAsync();

        counter.Cure("item 7");
        var retried = await daemon.RetryParkedAsync(Network, counter.Name);
        await TestLog.AppendOneAsync(stores.Events, Network, "resource-s2", "after the fix");
        var status = await daemon.CatchUpOnceAsync();

        Assert.Equal((7, 0), (retried.Applied, retried.StillParked));
        Assert.Empty(await stores.ReadModels.ReadParkedAsync(new ReadModelKey(Network, counter.Name, 1)));
        Assert.Equal((0, 0L), (status.Find(Network, counter.Name)!.ParkedEvents, status.Find(Network, counter.Name)!.Lag));
        Assert.Equal(await TestLog.FoldAsync(stores.Events, Network, counter), (await LiveAsync(stores.ReadModels, Network, counter.Name)).Document);
    }

    [Fact]
    public async Task A_retried_stream_stays_parked_from_its_first_event_that_still_fails()
    {
        var stores = Backend.Open();
        await AppendInterleavedAsync(stores.Events, 40);
        var counter = new StreamCounter().Poison("item 7", "item 22");
        var daemon = Daemon(stores, [counter]);
        await daemon.CatchUpOnceAsync();

        counter.Cure("item 7");
        var retried = await daemon.RetryParkedAsync(Network, counter.Name);

        Assert.Equal((3, 4, "resource-s2"), (retried.Applied, retried.StillParked, string.Join(",", retried.ParkedStreams)));
        var parked = await stores.ReadModels.ReadParkedAsync(new ReadModelKey(Network, counter.Name, 1));
        Assert.Equal([23L, 28, 33, 38], parked.Select(p => p.Position));
        Assert.Equal("Cannot count 'item 22'.", parked[0].Error);
        Assert.All(parked.Skip(1), p => Assert.Contains("parked since position 23", p.Error, StringComparison.Ordinal));
        Assert.Equal(4, daemon.Status.Find(Network, counter.Name)!.ParkedEvents);
        Assert.Equal(4, (await LiveAsync(stores.ReadModels, Network, counter.Name)).Deserialize<CounterState>().Streams["resource-s2"].Count);
    }
}
