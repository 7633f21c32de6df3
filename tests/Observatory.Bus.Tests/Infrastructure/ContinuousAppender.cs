using System.Collections.Concurrent;
using Observatory.Domain.EventStore;

namespace Observatory.Bus.Tests.Infrastructure;

/// <summary>
/// Appends replies to a few board posts every few milliseconds until stopped, like partners working while the
/// broker (or the publisher) goes down. Remembers every id the store accepted.
/// </summary>
internal sealed class ContinuousAppender(IEventStore store, string network, int streams = 4)
{
    private readonly ConcurrentQueue<Guid> _appended = new();
    private readonly CancellationTokenSource _stop = new();
    private Task? _running;

    public IReadOnlyCollection<Guid> Appended => [.. _appended];

    public int Count => _appended.Count;

    public void Start() => _running = Task.Run(RunAsync);

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        if (_running is not null)
            await _running;
    }

    private async Task RunAsync()
    {
        var versions = new long[streams];
        for (var round = 0; !_stop.IsCancellationRequested; round++)
        {
            var s = round % streams;
            var append = SampleEvents.Post($"live{s}", replies: versions[s] == 0 ? 1 : 2, expectedVersion: versions[s]);
            var result = await store.AppendAsync(network, [append]);
            versions[s] += result.Events.Count;
            foreach (var e in result.Events)
                _appended.Enqueue(e.EventId);
            try
            {
                await Task.Delay(10, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
