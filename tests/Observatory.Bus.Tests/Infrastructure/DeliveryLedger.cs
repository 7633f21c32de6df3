using Observatory.Contracts.V1;

namespace Observatory.Bus.Tests.Infrastructure;

/// <summary>
/// What a subscriber received, counted the way the issue asks: lost, duplicated (a repeated message id) and
/// unexpected messages, plus order within each stream after dropping repeats, as a deduplicating subscriber would.
/// </summary>
internal sealed class DeliveryLedger
{
    private readonly Lock _gate = new();
    private readonly HashSet<Guid> _seen = [];
    private readonly Dictionary<string, long> _lastVersion = new(StringComparer.Ordinal);
    private readonly List<string> _problems = [];

    public int Total { get; private set; }
    public int Duplicates { get; private set; }

    public int Distinct
    {
        get { lock (_gate) return _seen.Count; }
    }

    public IReadOnlyList<string> Problems
    {
        get { lock (_gate) return [.. _problems]; }
    }

    /// <summary>Returns false for a repeat, which a deduplicating subscriber drops.</summary>
    public bool Record(Guid? messageId, ObservatoryEventV1 message)
    {
        lock (_gate)
        {
            Total++;
            if (messageId != message.EventId)
                _problems.Add($"message id {messageId} differs from event id {message.EventId}");
            if (!_seen.Add(message.EventId))
            {
                Duplicates++;
                return false;
            }
            var last = _lastVersion.GetValueOrDefault(message.Stream);
            if (message.StreamVersion != last + 1)
                _problems.Add($"{message.Stream}: version {message.StreamVersion} arrived after {last}");
            _lastVersion[message.Stream] = message.StreamVersion;
            return true;
        }
    }

    public (int Lost, int Unexpected) Compare(IReadOnlyCollection<Guid> expected)
    {
        lock (_gate)
            return (expected.Count(id => !_seen.Contains(id)), _seen.Count(id => !expected.Contains(id)));
    }

    /// <summary>Bounded wait until every expected id arrived; returns whether they all did.</summary>
    public async Task<bool> WaitForAsync(IReadOnlyCollection<Guid> expected, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (Compare(expected).Lost == 0)
                return true;
            await Task.Delay(50);
        }
        return Compare(expected).Lost == 0;
    }

    public async Task<bool> WaitForTotalAsync(int total, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            lock (_gate)
                if (Total >= total)
                    return true;
            await Task.Delay(50);
        }
        lock (_gate)
            return Total >= total;
    }
}
