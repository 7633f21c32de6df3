using Observatory.Domain.Serialization;
using Observatory.Domain.Sharing;

namespace Observatory.Domain.WorkingGroups;

/// <summary>Facts of a "group-{id}" stream (indicator 3: working groups set up).</summary>
public interface IWorkingGroupEvent : IDomainEvent;

/// <summary>The lead partner is the group's first member.</summary>
[EventType("working-group-formed")]
public sealed record WorkingGroupFormed(string Topic, string LeadPartnerId, DateOnly FormedOn, ThematicArea? ThematicArea = null) : IWorkingGroupEvent;

[EventType("working-group-member-joined")]
public sealed record WorkingGroupMemberJoined(string PartnerId, DateOnly JoinedOn) : IWorkingGroupEvent;

[EventType("working-group-closed")]
public sealed record WorkingGroupClosed(DateOnly ClosedOn, string? Reason = null) : IWorkingGroupEvent;
