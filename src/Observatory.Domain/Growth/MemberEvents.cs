using Observatory.Domain.Serialization;
using Observatory.Domain.Sharing;

namespace Observatory.Domain.Growth;

/// <summary>Facts of a "member-{id}" stream: the professionals, organisations and groups the network reaches (indicator 1).</summary>
public interface IMemberEvent : IDomainEvent;

public enum MemberKind { Professional, Organisation, Group }

/// <summary><see cref="Description"/> is by role or organisation ("intercultural assistant, Stralsund"), never a person's name.</summary>
[EventType("member-networked")]
public sealed record MemberNetworked(MemberKind Kind, string Description, string PartnerId, DateOnly NetworkedOn,
    IReadOnlyList<ThematicArea>? ThematicAreas = null) : IMemberEvent;

[EventType("member-left")]
public sealed record MemberLeft(DateOnly LeftOn, string? Reason = null) : IMemberEvent;
