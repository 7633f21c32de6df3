using Observatory.Domain.EventStore;
using static Observatory.Store.Tests.TestEvents;

namespace Observatory.Store.Tests.Contract;

public abstract partial class EventStoreContract
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Waiting_returns_at_once_when_the_head_is_already_past()
    {
        await Store.AppendAsync(Network, One("network", ExpectedVersion.Any, Events(2)));

        await Store.WaitForEventsAsync(Network, 1).WaitAsync(Patience);
        await Store.WaitForEventsAsync(Network, 0).WaitAsync(Patience);
    }

    [Fact]
    public async Task Waiting_wakes_up_when_a_later_append_commits()
    {
        await Store.AppendAsync(Network, One("network", ExpectedVersion.Any, Events(2)));
        var waiting = Store.WaitForEventsAsync(Network, 2);
        await Task.Delay(300);
        Assert.False(waiting.IsCompleted, "The wait must not finish before anything is appended.");

        await Store.AppendAsync(Network, One("network", ExpectedVersion.Any, Events(1)));

        await waiting.WaitAsync(Patience);
    }

    [Fact]
    public async Task Waiting_ignores_other_networks_and_rolled_back_appends()
    {
        var waiting = Store.WaitForEventsAsync(Network, 0);
        await Store.AppendAsync("milestone", One("network", ExpectedVersion.Any, Events(1)));
        await Assert.ThrowsAsync<SimulatedCrashException>(() => Hooks.AppendAsync(Network,
            One("network", ExpectedVersion.Any, Events(1)), _ => throw new SimulatedCrashException()));
        await Task.Delay(500);
        Assert.False(waiting.IsCompleted, "Neither another network nor a rolled-back append moves this network's head.");

        await Store.AppendAsync(Network, One("network", ExpectedVersion.Any, Events(1)));
        await waiting.WaitAsync(Patience);
    }

    [Fact]
    public async Task Waiting_wakes_up_for_an_append_made_through_another_store_instance()
    {
        var other = await OpenSecondStoreAsync();
        await Store.ReadHeadAsync(Network);
        var waiting = Store.WaitForEventsAsync(Network, 0);

        await other.AppendAsync(Network, One("network", ExpectedVersion.Any, Events(1)));

        await waiting.WaitAsync(Patience);
    }

    [Fact]
    public async Task Waiting_ends_when_its_token_is_cancelled()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.WaitForEventsAsync(Network, 0, cancel.Token).WaitAsync(Patience));
    }
}
