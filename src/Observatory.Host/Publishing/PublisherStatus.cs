namespace Observatory.Host.Publishing;

/// <summary>What a health endpoint shows about the publisher: how far behind each network's log it is, and why.</summary>
public sealed record PublisherStatus(IReadOnlyList<NetworkPublisherStatus> Networks)
{
    public long LagEvents => Networks.Sum(n => n.LagEvents);

    public TimeSpan Lag => Networks.Count == 0 ? TimeSpan.Zero : Networks.Max(n => n.Lag);

    /// <summary>True when no network's publisher is failing right now (lag alone is not a failure: it drains).</summary>
    public bool Healthy => Networks.All(n => n.ConsecutiveFailures == 0);
}

/// <param name="Checkpoint">The last position the broker confirmed and the checkpoint holds.</param>
/// <param name="Head">The network's last committed position.</param>
/// <param name="LagEvents">Events committed but not yet confirmed by the broker.</param>
/// <param name="Lag">How long the oldest of those has been waiting (zero when caught up).</param>
/// <param name="LastError">The latest failure while <paramref name="ConsecutiveFailures"/> is above zero.</param>
public sealed record NetworkPublisherStatus(
    string Network,
    long Checkpoint,
    long Head,
    long LagEvents,
    TimeSpan Lag,
    DateTimeOffset? LastPublishedAt,
    int ConsecutiveFailures,
    string? LastError);
