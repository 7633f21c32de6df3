using Observatory.Domain.Network;

namespace Observatory.Domain.Recording;

/// <summary>
/// What an aggregate's rules may look at besides their own stream's state: the rest of the network as folded so far,
/// the stream being written, the fact's business day and the recording moment.
/// </summary>
public sealed record FactContext(NetworkLedger Ledger, string Stream, DateOnly On, DateTimeOffset Now)
{
    public NetworkState Network => Ledger.Network;
}
