using Observatory.Domain.EventStore;

namespace Observatory.Host.Generation;

/// <summary>
/// One event of a generated history, with the place it must take (stream version, network position) and a 32-byte
/// fingerprint that fills the raw baselines' content_hash column, so raw rows are as wide as the store's.
/// </summary>
internal sealed record GeneratedEvent(string Stream, long StreamVersion, long Position, EventToAppend Event, byte[] Hash);

/// <summary>A network's whole log, in position order (network stream first, then time order).</summary>
internal sealed record NetworkHistory(string Network, IReadOnlyList<GeneratedEvent> Events);
