namespace Observatory.Host.Projections;

/// <summary>A snapshot of the daemon for the health endpoint and the command line.</summary>
public sealed record DaemonStatus(DateTimeOffset TakenAt, bool Running, IReadOnlyList<ProjectionStatus> Projections, IReadOnlyList<NetworkFault> Faults)
{
    public ProjectionStatus? Find(string network, string projection) =>
        Projections.FirstOrDefault(p => p.Network == network && p.Projection == projection);
}

/// <summary>
/// Where one read model stands. <see cref="Lag"/> is in events (the log's positions are gapless per network);
/// <see cref="EventsPerSecond"/> counts events folded (applied or parked) over the last few seconds.
/// </summary>
public sealed record ProjectionStatus(
    string Network,
    string Projection,
    int Version,
    ReadModelStatus Status,
    long Position,
    long Head,
    double EventsPerSecond,
    int ParkedEvents,
    IReadOnlyList<string> ParkedStreams,
    DateTimeOffset UpdatedAt)
{
    public long Lag => Math.Max(0, Head - Position);
}

/// <summary>The last failure of a network's catch-up (the daemon retries with backoff); cleared by the next success.</summary>
public sealed record NetworkFault(string Network, string Error, DateTimeOffset At);
