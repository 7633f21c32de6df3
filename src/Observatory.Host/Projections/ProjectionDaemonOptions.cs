namespace Observatory.Host.Projections;

/// <summary>How the projection daemon reads and commits. Settable properties so configuration can bind them.</summary>
public sealed class ProjectionDaemonOptions
{
    /// <summary>Events read per page; each page is folded into every read model of the network still behind it.</summary>
    public int PageSize { get; set; } = 1_000;

    /// <summary>
    /// While catching up, the most events folded before the read models are committed (a page that reaches the head
    /// commits at once). Each commit writes every changed state whole, so committing per page made a rebuild from 0
    /// rewrite a network's growing states once per page. This is also the most a crash can make the daemon fold again.
    /// </summary>
    public int EventsPerCommit { get; set; } = 50_000;

    /// <summary>
    /// At the head, the least time between two catch-ups of one network: new events that arrive sooner wait until it
    /// has passed and are folded and committed together. It bounds how often a busy network's states are rewritten
    /// (each commit writes every changed state whole), at the price of up to this much more lag. Zero folds every wake.
    /// </summary>
    public TimeSpan GatherDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// At the head, the least time between two durable commits of one network; zero (the default) commits every
    /// catch-up. Above zero, what is folded sooner is handed at once to the readers of this process (the
    /// <see cref="LiveStates"/> the dashboard and the API read) and committed, with its checkpoint, once the interval has
    /// passed: a network's whole states are written a few times a minute instead of once per catch-up. A crash loses
    /// only folds, which the next start folds again from the last committed checkpoint; readers in other processes see
    /// the database, up to this much behind.
    /// </summary>
    public TimeSpan DurableInterval { get; set; } = TimeSpan.Zero;

    /// <summary>
    /// With a <see cref="DurableInterval"/>, a network that has folded this many events since its last commit commits at
    /// once, whatever the interval: it bounds what a crash makes the next start fold again on a busy network, so the
    /// interval can be long for the many quiet ones.
    /// </summary>
    public int DurableEvents { get; set; } = 5_000;

    /// <summary>
    /// A network with no new event for this long drops its states from the daemon's memory (zero: never); its next event
    /// loads them again from the database. Without it a daemon following thousands of networks held all their states.
    /// </summary>
    public TimeSpan IdleRelease { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>While catching up, the longest the daemon folds before committing, so readers see a long catch-up advance.</summary>
    public TimeSpan CommitInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How often the running daemon lists the networks to notice new ones. The event-store port can wake a reader of
    /// a known network only; a new network has nothing to wait on until it is known.
    /// </summary>
    public TimeSpan NetworkDiscoveryInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How many networks catch up at once. Each catching-up network holds a database connection for its page and its
    /// commit; two hundred networks starting together once exhausted the pool the HTTP requests share (benchmarks).
    /// </summary>
    public int MaxConcurrentNetworks { get; set; } = 4;

    /// <summary>The first pause after a failed catch-up (store unreachable, …); it doubles up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Stamps parked events and measures events per second.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Runs inside each commit's transaction, after every write: tests stand for a crash before COMMIT with it.</summary>
    internal Func<DaemonBatch, CancellationToken, Task>? BeforeCommit { get; set; }

    /// <summary>Runs after each commit: tests stop the daemon between arbitrary batches with it.</summary>
    internal Func<DaemonBatch, CancellationToken, Task>? AfterCommit { get; set; }

    /// <summary>Runs when folded live states are handed to this process's readers (at a commit, or before it with <see cref="DurableInterval"/>).</summary>
    internal Func<DaemonBatch, CancellationToken, Task>? AfterVisible { get; set; }
}

/// <summary>One commit of the daemon: its number (from 1, per daemon) and the highest checkpoint it writes.</summary>
public sealed record DaemonBatch(string Network, long Number, long Position);
