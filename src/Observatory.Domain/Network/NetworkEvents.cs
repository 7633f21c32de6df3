using Observatory.Domain.Serialization;

namespace Observatory.Domain.Network;

/// <summary>Facts of the "network" stream: who the network is, who belongs to it, who speaks for whom, who leads it.</summary>
public interface INetworkEvent : IDomainEvent;

[EventType("network-founded")]
public sealed record NetworkFounded(string Name, DateOnly FoundedOn, string? Description = null) : INetworkEvent;

[EventType("partner-joined")]
public sealed record PartnerJoined(string PartnerId, string Name, Country Country, PartnerKind Kind, DateOnly JoinedOn) : INetworkEvent;

[EventType("partner-left")]
public sealed record PartnerLeft(string PartnerId, DateOnly LeftOn, string? Reason = null) : INetworkEvent;

[EventType("cooperation-agreement-signed")]
public sealed record CooperationAgreementSigned(string Title, DateOnly SignedOn, IReadOnlyList<string> PartnerIds, string? DocumentUrl = null) : INetworkEvent;

/// <summary><see cref="Currency"/> is an ISO 4217 code; <see cref="PartnerId"/> is left out for network-wide funds.</summary>
[EventType("funds-allocated")]
public sealed record FundsAllocated(decimal Amount, string Currency, string Source, string Purpose, DateOnly AllocatedOn, string? PartnerId = null) : INetworkEvent;

/// <summary><see cref="Role"/> describes the migrant representative by role ("member of the Ukrainian community council").</summary>
[EventType("migrant-representative-involved")]
public sealed record MigrantRepresentativeInvolved(string Role, string InvolvedIn, DateOnly InvolvedOn, string? PartnerId = null) : INetworkEvent;
