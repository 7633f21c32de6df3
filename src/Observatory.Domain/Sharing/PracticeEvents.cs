using Observatory.Domain.Serialization;

namespace Observatory.Domain.Sharing;

/// <summary>Facts of a "practice-{id}" stream.</summary>
public interface IPracticeEvent : IDomainEvent;

/// <summary>
/// Schema 2: a practice may touch several thematic areas (schema 1 had one <c>thematicArea</c>; see
/// <see cref="PracticeSharedV1Upcaster"/>). <see cref="MeetingStream"/> names the meeting where it was shared, if any.
/// </summary>
[EventType("practice-shared", 2)]
public sealed record PracticeShared(
    string Title,
    IReadOnlyList<ThematicArea> ThematicAreas,
    string PartnerId,
    string? MeetingStream = null,
    string? TargetGroup = null,
    IReadOnlyList<string>? Links = null,
    string? Summary = null) : IPracticeEvent;
