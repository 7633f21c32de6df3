namespace Observatory.Domain.EventStore;

/// <summary>Where each appended event landed. <see cref="AppendedEvent.AlreadyStored"/> marks idempotent repeats.</summary>
public sealed record AppendResult(IReadOnlyList<AppendedEvent> Events)
{
    public long LastPosition => Events.Count == 0 ? 0 : Events.Max(e => e.Position);
    public int NewlyStored => Events.Count(e => !e.AlreadyStored);
}

public sealed record AppendedEvent(Guid EventId, string Stream, long StreamVersion, long Position, bool AlreadyStored);
