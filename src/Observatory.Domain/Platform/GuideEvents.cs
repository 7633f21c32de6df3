using Observatory.Domain.Network;
using Observatory.Domain.Serialization;

namespace Observatory.Domain.Platform;

/// <summary>Facts of a "guide-{id}" stream: a country guide on refugee procedures, kept current by regular reviews.</summary>
public interface IGuideEvent : IDomainEvent;

/// <summary>The procedures the report asks the platform to explain; <see cref="Other"/> only holds guides written before the list existed.</summary>
public enum GuideProcedure { Asylum, TemporaryProtection, ResidenceAndWork, FamilyReunification, RecognitionOfQualifications, Other }

/// <summary>
/// Schema 2: <see cref="Procedure"/> is a known value (schema 1 held free text; see <see cref="CountryGuidePublishedV1Upcaster"/>).
/// Published on the event's business day, which is also the day it was last reviewed until a review says otherwise.
/// </summary>
[EventType("country-guide-published", 2)]
public sealed record CountryGuidePublished(
    Country Country,
    GuideProcedure Procedure,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Sources,
    DateOnly NextReviewDue,
    string? Title = null,
    string? Summary = null) : IGuideEvent;

/// <summary><see cref="Summary"/> replaces the guide's summary when given; otherwise the earlier one stands.</summary>
[EventType("country-guide-reviewed")]
public sealed record CountryGuideReviewed(
    DateOnly ReviewedOn,
    DateOnly NextReviewDue,
    IReadOnlyList<string>? Sources = null,
    string? Changes = null,
    string? Summary = null) : IGuideEvent;
