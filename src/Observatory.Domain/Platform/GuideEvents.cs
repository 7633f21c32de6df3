using Observatory.Domain.Network;
using Observatory.Domain.Serialization;

namespace Observatory.Domain.Platform;

/// <summary>Facts of a "guide-{id}" stream: a country guide on refugee procedures, kept current by regular reviews.</summary>
public interface IGuideEvent : IDomainEvent;

[EventType("country-guide-published")]
public sealed record CountryGuidePublished(
    Country Country,
    string Procedure,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Sources,
    DateOnly NextReviewDue,
    string? Title = null) : IGuideEvent;

[EventType("country-guide-reviewed")]
public sealed record CountryGuideReviewed(DateOnly ReviewedOn, DateOnly NextReviewDue, IReadOnlyList<string>? Sources = null, string? Changes = null) : IGuideEvent;
