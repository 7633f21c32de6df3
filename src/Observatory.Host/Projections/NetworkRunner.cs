using Observatory.Domain.EventStore;
using Observatory.Domain.Recording;
using Observatory.Host.Log;
using Observatory.Projections;

namespace Observatory.Host.Projections;

/// <summary>
/// Keeps every read model of one network up to date. Each page of the log is read once and folded into each read
/// model still behind it; what was folded is committed with all the checkpoints in one transaction when the log's
/// head is reached, or after <see cref="ProjectionDaemonOptions.EventsPerCommit"/> events or
/// <see cref="ProjectionDaemonOptions.CommitInterval"/> of folding, whichever comes first. A rebuild from position 0
/// thus writes each state a few times, not once per page. Catch-up and retry take turns under one gate, so they
/// never fold the same read model at once.
/// </summary>
internal sealed class NetworkRunner(string network, DaemonContext context)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<ReadModelKey, RateMeter> _meters = [];
    private List<Subscription>? _subscriptions;
    private long _lastCommit;

    /// <summary>Folds handed to readers but not committed yet (<see cref="ProjectionDaemonOptions.DurableInterval"/>); when they become due.</summary>
    public TimeSpan? CommitDueIn =>
        _subscriptions?.Any(s => s.HasPending) == true && context.Options.DurableInterval > TimeSpan.Zero
            ? context.Options.DurableInterval - context.Clock.GetElapsedTime(Volatile.Read(ref _lastCommit))
            : null;

    public string Network => network;

    /// <summary>Folds the log up to its head; returns the position every read model of the network has reached.</summary>
    /// <param name="once">A one-shot catch-up (first start, rebuild, tests): everything folded is committed, and the
    /// network's states are not kept in memory afterwards, so a rebuild of many networks holds one network at a time.</param>
    public async Task<long> CatchUpAsync(CancellationToken cancellationToken, bool once = false)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var position = await CatchUpLockedAsync(once, cancellationToken).ConfigureAwait(false);
            if (once)
                _subscriptions = null;
            return position;
        }
        catch
        {
            // Memory may hold folds the database never committed: start again from what it did commit.
            _subscriptions = null;
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Whether the network's states are in memory (loaded on its first catch-up, until released).</summary>
    public bool HoldsStates => _subscriptions is not null;

    /// <summary>Drops the states from memory unless folds wait for their commit; the next catch-up loads them again.</summary>
    public async Task ReleaseAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_subscriptions?.Any(s => s.HasPending) != true)
                _subscriptions = null;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Commits what was handed to readers but is not durable yet (a host stopping gracefully).</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_subscriptions?.Any(s => s.HasPending) == true)
                await CatchUpLockedAsync(durable: true, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            _subscriptions = null;
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<RetryResult> RetryParkedAsync(IProjection projection, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var subscriptions = _subscriptions ??= await LoadAsync(cancellationToken).ConfigureAwait(false);
            // A retry writes from the committed place: folds still waiting for their commit go first.
            if (subscriptions.Any(s => s.HasPending))
                await CatchUpLockedAsync(durable: true, cancellationToken).ConfigureAwait(false);
            var subscription = subscriptions.Single(s => s.Projection == projection);
            var result = await ParkedRetry.RunAsync(subscription, context, cancellationToken).ConfigureAwait(false);
            Hand(subscription);
            Report(subscription, head: null, folded: 0);
            return result;
        }
        catch
        {
            _subscriptions = null;
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<long> CatchUpLockedAsync(bool durable, CancellationToken cancellationToken)
    {
        var subscriptions = _subscriptions ??= await LoadAsync(cancellationToken).ConfigureAwait(false);
        var events = context.Events;
        var head = await events.ReadHeadAsync(network, cancellationToken).ConfigureAwait(false);
        var options = context.Options;
        var folded = 0;
        var since = context.Clock.GetTimestamp();
        while (true)
        {
            var from = subscriptions.Min(s => s.Checkpoint);
            IReadOnlyList<StoredEvent> page = from >= head
                ? []
                : await events.ReadAllAsync(network, from, context.Options.PageSize, cancellationToken).ConfigureAwait(false);
            var now = context.Clock.GetUtcNow();
            foreach (var stored in page)
            {
                // Read once for every read model; a failure to read is remembered and parks the event in each of them.
                var recorded = new Lazy<RecordedEvent>(stored.ToRecorded, LazyThreadSafetyMode.None);
                foreach (var subscription in subscriptions)
                    subscription.Fold(stored, recorded, now);
            }
            if (page.Count > 0)
                head = Math.Max(head, page[^1].Position);
            folded += page.Count;

            // A short page is the head as of this read: every read model now stands there, and a version that was
            // building has caught up, so it replaces the live one in this very commit.
            var atHead = page.Count < options.PageSize;
            if (!atHead && folded < options.EventsPerCommit && context.Clock.GetElapsedTime(since) < options.CommitInterval)
                continue;
            if (atHead && !durable && options.DurableInterval > TimeSpan.Zero && context.Clock.GetElapsedTime(_lastCommit) < options.DurableInterval
                && subscriptions.All(s => (s.Status == ReadModelStatus.Live || !s.HasPending) && s.Pending < options.DurableEvents))
            {
                // Visible now to this process's readers, durable when the interval has passed (the follower comes back then).
                await HandPendingAsync(subscriptions, head, cancellationToken).ConfigureAwait(false);
                foreach (var subscription in subscriptions)
                    Report(subscription, head, folded: 0);
                return subscriptions.Min(s => s.Checkpoint);
            }
            await CommitAsync(subscriptions, atHead, head, cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref _lastCommit, context.Clock.GetTimestamp());
            folded = 0;
            since = context.Clock.GetTimestamp();
            if (atHead)
            {
                foreach (var subscription in subscriptions)
                    Report(subscription, head, folded: 0);
                return subscriptions.Min(s => s.Checkpoint);
            }
        }
    }

    private async Task CommitAsync(List<Subscription> subscriptions, bool atHead, long head, CancellationToken cancellationToken)
    {
        var changing = subscriptions
            .Where(s => s.HasPending || (atHead && s.Status != ReadModelStatus.Live))
            .Select(s => (Subscription: s, GoesLive: atHead && s.Status != ReadModelStatus.Live))
            .ToList();
        if (changing.Count == 0)
            return;

        var writes = changing.Select(c => c.Subscription.ToWrite(c.GoesLive)).ToList();
        var batch = new DaemonBatch(network, context.NextBatchNumber(), writes.Max(w => w.Checkpoint));
        var beforeCommit = context.Options.BeforeCommit;
        await context.ReadModels.CommitAsync(writes, beforeCommit is null ? null : ct => beforeCommit(batch, ct), cancellationToken)
            .ConfigureAwait(false);

        foreach (var (subscription, goesLive) in changing)
        {
            var folded = subscription.Pending;
            subscription.Committed(goesLive);
            Hand(subscription);
            Report(subscription, head, folded);
        }
        if (context.Options.AfterCommit is { } afterCommit)
            await afterCommit(batch, cancellationToken).ConfigureAwait(false);
        if (context.Options.AfterVisible is { } afterVisible)
            await afterVisible(batch, cancellationToken).ConfigureAwait(false);
    }

    private async Task HandPendingAsync(List<Subscription> subscriptions, long head, CancellationToken cancellationToken)
    {
        var handed = false;
        foreach (var subscription in subscriptions.Where(s => s.HasPending && s.Status == ReadModelStatus.Live))
        {
            // The revision its commit will have: a reader takes it over the stored one it stands ahead of.
            context.LiveStates?.Put(subscription.Key, subscription.Revision + 1, subscription.Checkpoint, subscription.State);
            handed = true;
        }
        if (handed && context.Options.AfterVisible is { } afterVisible)
            await afterVisible(new DaemonBatch(network, 0, head), cancellationToken).ConfigureAwait(false);
    }

    private async Task<List<Subscription>> LoadAsync(CancellationToken cancellationToken)
    {
        var subscriptions = new List<Subscription>(context.Projections.Count);
        foreach (var projection in context.Projections)
            subscriptions.Add(await Subscription.LoadAsync(projection, network, context.ReadModels, cancellationToken).ConfigureAwait(false));
        foreach (var subscription in subscriptions)
        {
            Hand(subscription);
            Report(subscription, head: null, folded: 0);
        }
        return subscriptions;
    }

    /// <summary>Gives readers in this process the state just committed, so they need not read and parse its document.</summary>
    private void Hand(Subscription subscription)
    {
        if (subscription.Status == ReadModelStatus.Live)
            context.LiveStates?.Put(subscription.Key, subscription.Revision, subscription.Checkpoint, subscription.State);
    }

    private void Report(Subscription subscription, long? head, int folded)
    {
        if (!_meters.TryGetValue(subscription.Key, out var meter))
            _meters[subscription.Key] = meter = new RateMeter(context.Clock);
        if (folded > 0)
            meter.Add(folded);
        context.Board.Update(subscription, head, meter.PerSecond(), context.Clock.GetUtcNow());
    }
}
