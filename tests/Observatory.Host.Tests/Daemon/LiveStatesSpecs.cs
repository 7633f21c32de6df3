using Observatory.Host.Projections;

namespace Observatory.Host.Tests.Daemon;

public sealed class LiveStatesSpecs
{
    private static ReadModelKey Key(string network, int version = 1) => new(network, "timeline", version);

    [Fact]
    public void A_state_is_served_for_exactly_the_version_and_revision_it_was_kept_at()
    {
        var states = new LiveStates();
        var state = new object();
        states.Put(Key("a"), 7, state);

        Assert.True(states.TryGet("a", "timeline", 1, 7, out var found));
        Assert.Same(state, found);
        Assert.False(states.TryGet("a", "timeline", 1, 8, out _));
        Assert.False(states.TryGet("a", "timeline", 2, 7, out _));
        Assert.False(states.TryGet("b", "timeline", 1, 7, out _));
    }

    [Fact]
    public void An_older_revision_handed_over_late_does_not_replace_a_newer_one()
    {
        var states = new LiveStates();
        var newer = new object();
        states.Put(Key("a"), 8, newer);
        states.Put(Key("a"), 7, new object());

        Assert.True(states.TryGet("a", "timeline", 1, 8, out var found));
        Assert.Same(newer, found);
    }

    [Fact]
    public void A_full_cache_forgets_the_least_recently_used_states()
    {
        var states = new LiveStates(capacity: 10);
        for (var i = 0; i < 10; i++)
            states.Put(Key($"n{i}"), 1, new object());
        Assert.True(states.TryGet("n0", "timeline", 1, 1, out _));

        states.Put(Key("n10"), 1, new object());

        Assert.InRange(states.Count, 1, 10);
        Assert.True(states.TryGet("n0", "timeline", 1, 1, out _));
        Assert.True(states.TryGet("n10", "timeline", 1, 1, out _));
        Assert.False(states.TryGet("n1", "timeline", 1, 1, out _));
    }
}
