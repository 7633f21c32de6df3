using Observatory.Domain.Serialization;

namespace Observatory.Domain.Network;

/// <summary>A leader is appointed for at least 12 months; <see cref="PlannedEndOn"/> is the plan, not the end.</summary>
[EventType("leadership-term-started")]
public sealed record LeadershipTermStarted(string PartnerId, DateOnly StartsOn, DateOnly PlannedEndOn) : INetworkEvent;

/// <summary>Ends the current term and starts the next one, led by <see cref="ToPartnerId"/>, on the same day.</summary>
[EventType("leadership-handed-over")]
public sealed record LeadershipHandedOver(string FromPartnerId, string ToPartnerId, DateOnly HandedOverOn, DateOnly NextPlannedEndOn) : INetworkEvent;

[EventType("leadership-term-closed")]
public sealed record LeadershipTermClosed(string PartnerId, DateOnly ClosedOn, string? Reason = null) : INetworkEvent;
