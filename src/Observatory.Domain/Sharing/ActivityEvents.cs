using Observatory.Domain.Serialization;

namespace Observatory.Domain.Sharing;

/// <summary>Facts of an "activity-{id}" stream: information activities on a partner's territory.</summary>
public interface IActivityEvent : IDomainEvent;

public enum InformationActivityKind { Meeting, Campaign, Publication, Consultation, Training, Other }

/// <summary><see cref="Audience"/> is the number of people reached, when known.</summary>
[EventType("information-activity-held")]
public sealed record InformationActivityHeld(
    string PartnerId,
    string Territory,
    InformationActivityKind Kind,
    DateOnly HeldOn,
    int? Audience = null,
    string? Title = null) : IActivityEvent;
