namespace Observatory.Host.Projections;

/// <summary>Events per second over a sliding window, so a burst ten minutes ago does not show as today's speed.</summary>
internal sealed class RateMeter
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(10);

    private readonly TimeProvider _clock;
    private readonly Queue<(long Timestamp, long Total)> _samples = new();
    private long _total;

    public RateMeter(TimeProvider clock)
    {
        _clock = clock;
        // The moment the meter starts is the first baseline, so the first batch already counts.
        _samples.Enqueue((_clock.GetTimestamp(), 0));
    }

    public void Add(long events)
    {
        _total += events;
        var now = _clock.GetTimestamp();
        _samples.Enqueue((now, _total));
        // Keep one sample older than the window as the baseline the rate is measured from.
        while (_samples.Count > 2 && _clock.GetElapsedTime(_samples.ElementAt(1).Timestamp, now) > Window)
            _samples.Dequeue();
    }

    public double PerSecond()
    {
        if (_samples.Count < 2)
            return 0;
        var (firstAt, firstTotal) = _samples.Peek();
        var now = _clock.GetTimestamp();
        var elapsed = _clock.GetElapsedTime(firstAt, now);
        if (elapsed > Window * 2)
            return 0;
        return elapsed <= TimeSpan.Zero ? 0 : (_total - firstTotal) / elapsed.TotalSeconds;
    }
}
