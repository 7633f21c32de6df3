namespace Observatory.Host.Publishing;

/// <summary>How the publisher paces itself. Settable properties so configuration can bind them.</summary>
public sealed class EventPublisherOptions
{
    /// <summary>The checkpoint's name; two publishers with different names (two exchanges, say) keep separate checkpoints.</summary>
    public string Subscription { get; set; } = "bus-publisher";

    /// <summary>Events read, published and checkpointed together. Bigger batches: fewer checkpoint writes, more duplicates after a failure.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>Streams of one batch published at the same time (each stream's own events always one after another).</summary>
    public int MaxConcurrentStreams { get; set; } = 32;

    /// <summary>
    /// How many networks read and publish a page at once: each holds a database connection meanwhile, and hundreds of
    /// networks at once once exhausted the pool the HTTP requests share (benchmarks).
    /// </summary>
    public int MaxConcurrentNetworks { get; set; } = 4;

    /// <summary>How long one batch may take before it counts as failed and is retried (the broker may be unreachable).</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>First wait after a failure; doubled per consecutive failure up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan MinBackoff { get; set; } = TimeSpan.FromMilliseconds(100);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How often the list of networks is read to start publishing a network that got its first event. Events
    /// themselves are never polled: each network's loop is woken by the store when its log grows.
    /// </summary>
    public TimeSpan NetworkDiscoveryInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// After the store wakes a caught-up network, how long its publisher waits before reading: events that arrive one
    /// by one within it are published as one page with one checkpoint commit. Woken per event, the publisher cost a page
    /// read, a publish and a durable checkpoint commit per command (benchmarks); zero reads at once.
    /// </summary>
    public TimeSpan GatherDelay { get; set; } = TimeSpan.FromMilliseconds(100);

    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    internal void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(Subscription);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(BatchSize);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxConcurrentStreams);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxConcurrentNetworks);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(PublishTimeout, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(MinBackoff, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxBackoff, MinBackoff);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(NetworkDiscoveryInterval, TimeSpan.Zero);
    }

    /// <summary>Exponential backoff with jitter, so publishers of many networks do not hit a recovering broker in step.</summary>
    internal TimeSpan Backoff(int consecutiveFailures)
    {
        var exponent = Math.Min(Math.Max(consecutiveFailures - 1, 0), 16);
        var ceiling = Math.Min(MaxBackoff.TotalMilliseconds, MinBackoff.TotalMilliseconds * Math.Pow(2, exponent));
        return TimeSpan.FromMilliseconds(ceiling * (0.5 + Random.Shared.NextDouble() / 2));
    }
}
