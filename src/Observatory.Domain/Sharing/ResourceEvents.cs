using Observatory.Domain.Network;
using Observatory.Domain.Serialization;

namespace Observatory.Domain.Sharing;

/// <summary>Facts of a "resource-{id}" stream: a resource shared online (the report's indicator 2).</summary>
public interface IResourceEvent : IDomainEvent;

public enum ResourceKind { Training, Educational, Legal, ProcedureGuide, Other }

/// <summary>Published either by a partner or taken from an <see cref="ExternalOrigin"/> such as "European Migration Network".</summary>
[EventType("resource-published")]
public sealed record ResourcePublished(
    ResourceKind Kind,
    string Title,
    string Language,
    string Url,
    Country? Country = null,
    string? PartnerId = null,
    string? ExternalOrigin = null,
    IReadOnlyList<ThematicArea>? ThematicAreas = null) : IResourceEvent;
