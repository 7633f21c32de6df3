using Observatory.Domain.Serialization;

namespace Observatory.Domain.Meetings;

/// <summary>Facts of a "meeting-{id}" stream.</summary>
public interface IMeetingEvent : IDomainEvent;

public enum MeetingKind { StudyVisit, Conference, Workshop, RoundTable, OnlineSession }

/// <summary>How many people a partner sent; people are counted, never named. No count: the partner took part, the number was not recorded.</summary>
public sealed record Participation(string PartnerId, int? Count = null);

/// <summary><see cref="Place"/> is left out only for an online session; <see cref="OnlineAudience"/> counts remote viewers.</summary>
[EventType("meeting-held")]
public sealed record MeetingHeld(
    MeetingKind Kind,
    string HostPartnerId,
    string Theme,
    DateOnly StartsOn,
    DateOnly EndsOn,
    IReadOnlyList<Participation> Participants,
    string? Place = null,
    IReadOnlyList<string>? Activities = null,
    int? OnlineAudience = null) : IMeetingEvent;
