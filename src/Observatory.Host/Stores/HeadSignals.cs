using System.Collections.Concurrent;

namespace Observatory.Host.Stores;

/// <summary>
/// Wakes readers waiting for a network's head to move. A waiter takes the current signal <em>before</em> it reads
/// the head, so a commit that lands between the read and the wait still completes the signal it holds: no lost
/// wake-up. A signal carries the new head when the store knows it, or <see cref="Unknown"/> when every waiter
/// should read the head again (another process wrote, or the notification channel was down for a while).
/// </summary>
internal sealed class HeadSignals
{
    public const long Unknown = -1;

    private readonly ConcurrentDictionary<string, TaskCompletionSource<long>> _pending = new(StringComparer.Ordinal);

    public bool HasWaiters => !_pending.IsEmpty;

    public Task<long> Next(string network) =>
        _pending.GetOrAdd(network, static _ => new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public void Signal(string network, long head)
    {
        if (_pending.TryRemove(network, out var signal))
            signal.TrySetResult(head);
    }

    public void SignalAll()
    {
        foreach (var network in _pending.Keys)
            Signal(network, Unknown);
    }

    /// <summary>
    /// The wait loop both stores share: returns once the head is past <paramref name="afterPosition"/>. With a
    /// <paramref name="pollInterval"/>, the head is also read again whenever that long passes without a signal, so a
    /// lost wake-up delays the waiter by at most one interval and never strands it.
    /// </summary>
    public async Task WaitPastAsync(
        string network, long afterPosition, Func<CancellationToken, Task<long>> readHead, CancellationToken cancellationToken,
        TimeSpan? pollInterval = null)
    {
        while (true)
        {
            var signal = Next(network);
            if (await readHead(cancellationToken).ConfigureAwait(false) > afterPosition)
                return;
            if (pollInterval is { } interval)
            {
                try
                {
                    if (await signal.WaitAsync(interval, cancellationToken).ConfigureAwait(false) > afterPosition)
                        return;
                }
                catch (TimeoutException)
                {
                    // No signal within the interval: read the head again.
                }
            }
            else if (await signal.WaitAsync(cancellationToken).ConfigureAwait(false) > afterPosition)
                return;
        }
    }
}
