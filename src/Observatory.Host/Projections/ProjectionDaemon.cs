using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Observatory.Domain.EventStore;
using Observatory.Projections;

namespace Observatory.Host.Projections;

/// <summary>
/// Keeps one read model per network and registered projection (at its registered version) up to date with the
/// log, in the store that holds the log. Each network is followed on its own: it catches up in committed pages,
/// then waits for the store to signal new events. A failing network is retried with backoff and never stops the
/// others; an event a projection cannot apply is parked, never skipped silently.
/// </summary>
public sealed class ProjectionDaemon : BackgroundService
{
    private readonly DaemonContext _context;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, NetworkRunner> _runners = new(StringComparer.Ordinal);
    private volatile bool _running;

    public ProjectionDaemon(IEventStore events, IReadModelStore readModels, IEnumerable<IProjection> projections,
        ProjectionDaemonOptions? options = null, ILogger<ProjectionDaemon>? logger = null, LiveStates? liveStates = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(readModels);
        ArgumentNullException.ThrowIfNull(projections);
        options ??= new ProjectionDaemonOptions();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.PageSize);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.EventsPerCommit);
        var list = projections.ToList();
        if (list.Count == 0)
            throw new ArgumentException("The daemon needs at least one projection.", nameof(projections));
        // One version per name: the daemon builds the registered version and retires whatever else was live.
        if (list.GroupBy(p => p.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new ArgumentException($"Projection '{twice.Key}' is registered more than once.", nameof(projections));
        _context = new DaemonContext(events, readModels, list, options, liveStates);
        _logger = logger ?? NullLogger<ProjectionDaemon>.Instance;
    }

    public IReadOnlyList<IProjection> Projections => _context.Projections;

    /// <summary>How this daemon reads and commits (as configured; not to be changed once running).</summary>
    public ProjectionDaemonOptions Options => _context.Options;

    /// <summary>Where every read model stands now.</summary>
    public DaemonStatus Status => _context.Board.Snapshot(_running, _context.Clock.GetUtcNow());

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => RunAsync(stoppingToken);

    /// <summary>Follows every network until cancelled, noticing new networks as they appear; returns when stopped.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var followers = new Dictionary<string, Task>(StringComparer.Ordinal);
        _running = true;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                try
                {
                    await _context.ReadModels.EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
                    foreach (var network in await _context.Events.ListNetworksAsync(cancellationToken).ConfigureAwait(false))
                        if (!followers.ContainsKey(network))
                            followers[network] = Task.Run(() => FollowAsync(network, cancellationToken), CancellationToken.None);
                    _context.Board.Clear("*");
                }
                catch (Exception e) when (!cancellationToken.IsCancellationRequested)
                {
                    _logger.LogError(e, "Projection daemon could not list the networks; trying again shortly.");
                    _context.Board.Fault("*", e, _context.Clock.GetUtcNow());
                }
                if (!await PauseAsync(_context.Options.NetworkDiscoveryInterval, cancellationToken).ConfigureAwait(false))
                    break;
            }
        }
        finally
        {
            await Task.WhenAll(followers.Values).ConfigureAwait(false);
            _running = false;
        }
    }

    /// <summary>
    /// Brings every read model of every network up to the head once and commits it, then returns the status (tests, the
    /// command line, rebuilds). It keeps no network's states in memory afterwards: a rebuild of many networks holds a few.
    /// </summary>
    public async Task<DaemonStatus> CatchUpOnceAsync(CancellationToken cancellationToken = default)
    {
        await _context.ReadModels.EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        var networks = await _context.Events.ListNetworksAsync(cancellationToken).ConfigureAwait(false);
        // As many networks at once as the running daemon catches up, so a first start or a rebuild keeps the CPU busy
        // while another network's commit waits for the disk.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _context.Options.MaxConcurrentNetworks), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(networks, parallel, async (network, ct) => await Runner(network).CatchUpAsync(ct, once: true).ConfigureAwait(false))
            .ConfigureAwait(false);
        return Status;
    }

    /// <summary>
    /// Re-applies the parked events of a projection's registered version in a network, after a fix; a stream stays
    /// parked from its first event that still fails.
    /// </summary>
    public async Task<RetryResult> RetryParkedAsync(string network, string projection, CancellationToken cancellationToken = default)
    {
        var registered = _context.Projections.FirstOrDefault(p => p.Name == projection)
            ?? throw new ArgumentException($"Projection '{projection}' is not registered with the daemon.", nameof(projection));
        if (!StreamNames.IsValidNetwork(network))
            throw new ArgumentException($"'{network}' is not a network id.", nameof(network));
        await _context.ReadModels.EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        return await Runner(network).RetryParkedAsync(registered, cancellationToken).ConfigureAwait(false);
    }

    private NetworkRunner Runner(string network) => _runners.GetOrAdd(network, n => new NetworkRunner(n, _context));

    private async Task FollowAsync(string network, CancellationToken cancellationToken)
    {
        var runner = Runner(network);
        var delay = _context.Options.RetryDelay;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                long position;
                await _context.CatchUpSlots.WaitAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    position = await runner.CatchUpAsync(cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    _context.CatchUpSlots.Release();
                }
                _context.Board.Clear(network);
                delay = _context.Options.RetryDelay;
                var caughtUp = _context.Clock.GetTimestamp();
                if (!await WaitForEventsAsync(runner, network, position, cancellationToken).ConfigureAwait(false))
                    continue;
                // Events arriving one by one are gathered for a moment, so a busy network's whole states are written
                // once per gathering rather than once per event.
                var gather = _context.Options.GatherDelay - _context.Clock.GetElapsedTime(caughtUp);
                if (gather > TimeSpan.Zero && !await PauseAsync(gather, cancellationToken).ConfigureAwait(false))
                {
                    await FlushAsync(runner, network).ConfigureAwait(false);
                    return;
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                await FlushAsync(runner, network).ConfigureAwait(false);
                return;
            }
            catch (ReadModelConflictException e)
            {
                // Another writer (a second daemon, a retry elsewhere) moved a read model: reload it and fold on at once.
                _logger.LogInformation("{Message} Reloading.", e.Message);
            }
            catch (Exception e)
            {
                _logger.LogError(e, "Projection daemon failed on network {Network}; retrying in {Delay}.", network, delay);
                _context.Board.Fault(network, e, _context.Clock.GetUtcNow());
                if (!await PauseAsync(delay, cancellationToken).ConfigureAwait(false))
                    return;
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _context.Options.MaxRetryDelay.Ticks));
            }
        }
    }

    /// <returns>true when new events arrived; false when the runner's folds became due for their commit first.</returns>
    private async Task<bool> WaitForEventsAsync(NetworkRunner runner, string network, long position, CancellationToken cancellationToken)
    {
        // Folds wait to be made durable: come back when they are due, or sooner for new events.
        if (runner.CommitDueIn is { } due)
            return await WaitWithinAsync(network, position, due, cancellationToken).ConfigureAwait(false);
        if (runner.HoldsStates && _context.Options.IdleRelease > TimeSpan.Zero)
        {
            if (await WaitWithinAsync(network, position, _context.Options.IdleRelease, cancellationToken).ConfigureAwait(false))
                return true;
            // Quiet for a while: its states leave memory, and its next event loads them again from the database.
            await runner.ReleaseAsync(cancellationToken).ConfigureAwait(false);
        }
        await _context.Events.WaitForEventsAsync(network, position, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <returns>false when <paramref name="limit"/> passed first.</returns>
    private async Task<bool> WaitWithinAsync(string network, long position, TimeSpan limit, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(limit > TimeSpan.Zero ? limit : TimeSpan.Zero);
        try
        {
            await _context.Events.WaitForEventsAsync(network, position, deadline.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>On a graceful stop, commits what this host's readers have already seen, so a restart does not fold it again.</summary>
    private async Task FlushAsync(NetworkRunner runner, string network)
    {
        if (runner.CommitDueIn is null)
            return;
        try
        {
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await runner.FlushAsync(limit.Token).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            // Not lost: the next start folds these events again from the last committed checkpoint.
            _logger.LogWarning(e, "Projection daemon could not commit network {Network} while stopping.", network);
        }
    }

    /// <returns>false when cancelled during the pause.</returns>
    private async Task<bool> PauseAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, _context.Clock, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
