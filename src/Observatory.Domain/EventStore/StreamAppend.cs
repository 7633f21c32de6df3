namespace Observatory.Domain.EventStore;

/// <summary>Events for one stream, with the version the writer saw when it decided them.</summary>
public sealed record StreamAppend(string Stream, ExpectedVersion Expected, IReadOnlyList<EventToAppend> Events);
