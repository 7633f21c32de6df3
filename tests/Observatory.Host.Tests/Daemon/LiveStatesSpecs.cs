using Observatory.Host.Projections;

namespace Observatory.Host.Tests.Daemon;

public sealed class LiveStatesSpecs
{
    private static ReadModelKey Key(string network, int version = 1) => new(network, "timeline", version);

    [Fact]
    public void A_state_is_served_for_its_version_while_it_stands_at_least_at_the_stored_revision_and_checkpoint()
    {
        var states = new LiveStates();
        var state = new object();
        states.Put(Key("a"), 7, 100, state);

        Assert.True(states.TryGet("a", "timeline", 1, 7, 100, out var found, out var position));
        Assert.Equal((state, 100L), (found, position));
        Assert.False(states.TryGet("a", "timeline", 1, 8, 120, out _, out _));
        Assert.False(states.TryGet("a", "timeline", 2, 7, 100, out _, out _));
        Assert.False(states.TryGet("b", "timeline", 1, 7, 100, out _, out _));
    }

    [Fact]
    public void A_state_folded_but_not_yet_committed_is_served_over_the_stored_one_it_stands_ahead_of()
    {
        var states = new LiveStates();
        var pending = new object();
        states.Put(Key("a"), 8, 120, pending);

        Assert.True(states.TryGet("a", "timeline", 1, 7, 100, out var found, out var position));
        Assert.Equal((pending, 120L), (found, position));
        // Another process committed revision 8 further on: its document, not this state.
        Assert.False(states.TryGet("a", "timeline", 1, 8, 130, out _, out _));
    }

    [Fact]
    public void An_older_state_handed_over_late_does_not_replace_a_newer_one()
    {
        var states = new LiveStates();
        var newer = new object();
        states.Put(Key("a"), 8, 120, newer);
        states.Put(Key("a"), 7, 100, new object());
        states.Put(Key("a"), 8, 110, new object());

        Assert.True(states.TryGet("a", "timeline", 1, 8, 120, out var found, out _));
        Assert.Same(newer, found);
    }

    [Fact]
    public void A_full_cache_forgets_the_least_recently_used_states()
    {
        var states = new LiveStates(capacity: 10);
        for (var i = 0; i < 10; i++)
            states.Put(Key($"n{i}"), 1, 1, new object());
        Assert.True(states.TryGet("n0", "timeline", 1, 1, 1, out _, out _));

        states.Put(Key("n10"), 1, 1, new object());

        Assert.InRange(states.Count, 1, 10);
        Assert.True(states.TryGet("n0", "timeline", 1, 1, 1, out _, out _));
        Assert.True(states.TryGet("n10", "timeline", 1, 1, 1, out _, out _));
        Assert.False(states.TryGet("n1", "timeline", 1, 1, 1, out _, out _));
    }

    [Fact]
    public void Many_threads_handing_over_and_reading_states_past_the_capacity_never_fail_and_keep_it_bounded()
    {
        var states = new LiveStates(capacity: 2_000);

        Parallel.For(0, 200_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            states.Put(Key($"n{i % 5_000}"), i, i, new object());
            states.TryGet($"n{(i * 7) % 5_000}", "timeline", 1, 0, 0, out _, out _);
        });

        Assert.InRange(states.Count, 1, 2_000 + 8);
    }
}
