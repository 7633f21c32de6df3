namespace Observatory.Host.Stores;

/// <summary>What a store already holds under an event id of the request: enough to tell a retry from a conflict.</summary>
internal sealed record ExistingEvent(Guid EventId, string Stream, string Type, long StreamVersion, long Position, byte[] Hash);
