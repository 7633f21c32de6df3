using System.Collections.Concurrent;

namespace Observatory.Store.Tests.Concurrency;

/// <summary>What the writers of one network know for certain: which events committed where, and which never did.</summary>
internal sealed class ProofLedger(string network)
{
    public string Network { get; } = network;
    public ConcurrentDictionary<Guid, long> Committed { get; } = new();
    public ConcurrentDictionary<Guid, byte> RolledBack { get; } = new();
    public int CommittedAppends;
    public int CrashedAppends;
    public int StaleAppends;
}
