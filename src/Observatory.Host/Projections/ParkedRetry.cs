using Observatory.Host.Log;
using Observatory.Projections;

namespace Observatory.Host.Projections;

/// <summary>What a retry of parked events did.</summary>
public sealed record RetryResult(ReadModelKey Key, int Applied, int StillParked, IReadOnlyList<string> ParkedStreams);

/// <summary>
/// Re-applies a read model's parked events in position order, after a fix (new projection code under the same
/// version, or a correction that makes the event applicable). Each stream stays parked from its first event that
/// still fails; what applies is folded into the document and unparked in one commit, at the same checkpoint.
/// </summary>
internal static class ParkedRetry
{
    public static async Task<RetryResult> RunAsync(Subscription subscription, DaemonContext context, CancellationToken cancellationToken)
    {
        var key = subscription.Key;
        var parked = await context.ReadModels.ReadParkedAsync(key, cancellationToken).ConfigureAwait(false);
        var projection = subscription.Projection;
        var state = subscription.State;
        var stillParked = new Dictionary<string, long>(StringComparer.Ordinal);
        var unparked = new List<long>();
        var changedErrors = new List<ParkedEvent>();

        foreach (var p in parked)
        {
            string? error;
            if (stillParked.TryGetValue(p.Stream, out var first))
                error = Subscription.BehindMessage(p.Stream, first);
            else
            {
                var page = await context.Events.ReadAllAsync(key.Network, p.Position - 1, 1, cancellationToken).ConfigureAwait(false);
                var stored = page.Count == 1 && page[0].Position == p.Position
                    ? page[0]
                    : throw new InvalidOperationException($"Parked event at position {p.Position} of network '{key.Network}' is not in the log.");
                try
                {
                    state = projection.Apply(state, stored.ToRecorded());
                    unparked.Add(p.Position);
                    continue;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    stillParked[p.Stream] = p.Position;
                    error = Subscription.Describe(e);
                }
            }
            if (error != p.Error)
                changedErrors.Add(p with { Error = error });
        }

        if (unparked.Count > 0 || changedErrors.Count > 0)
        {
            var write = new ReadModelWrite(key, subscription.Revision, subscription.Status, subscription.Checkpoint,
                ProjectionJson.Serialize(projection, state), changedErrors, unparked);
            await context.ReadModels.CommitAsync([write], beforeCommit: null, cancellationToken).ConfigureAwait(false);
            subscription.Retried(state, stillParked, parked.Count - unparked.Count);
        }
        return new RetryResult(key, unparked.Count, parked.Count - unparked.Count, [.. stillParked.Keys.Order(StringComparer.Ordinal)]);
    }
}
