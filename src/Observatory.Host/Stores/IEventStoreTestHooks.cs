using Observatory.Domain.EventStore;

namespace Observatory.Host.Stores;

/// <summary>
/// Lets tests stop an append after its events are written but before it commits, as a crash or a failed commit
/// would, to prove that such an append leaves neither events nor a gap in the positions.
/// </summary>
internal interface IEventStoreTestHooks
{
    Task<AppendResult> AppendAsync(
        string network,
        IReadOnlyList<StreamAppend> appends,
        Func<CancellationToken, Task>? beforeCommit,
        CancellationToken cancellationToken = default);
}
