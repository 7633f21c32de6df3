using Observatory.Domain.Serialization;

namespace Observatory.Domain.Feedback;

/// <summary>Facts of a "feedback-{id}" stream: one piece of migrant feedback and its loop, anonymous by default.</summary>
public interface IFeedbackEvent : IDomainEvent;

/// <summary>How feedback reached the network. <see cref="OnlineForm"/> came with the feedback loop; earlier values stay readable.</summary>
public enum ContactChannel { Survey, Interview, Meeting, Helpline, Board, Form, Phone, InPerson, Other, OnlineForm }

public enum Sentiment { Positive, Neutral, Negative }

/// <summary>The four kinds a feedback and complaint mechanism tells apart, because each is answered differently.</summary>
public enum FeedbackType { Question, Suggestion, Appreciation, Complaint }

/// <summary>
/// Contact details as ciphertext under a per-person key (<see cref="KeyId"/>): deleting the key erases them, while
/// the immutable log keeps nothing readable.
/// </summary>
public sealed record EncryptedContact(string Ciphertext, string KeyId);

/// <summary>
/// Feedback received. No clear personal field exists here on purpose. <see cref="Contact"/> is allowed only with
/// <see cref="Consent"/>, and feedback is <see cref="Anonymous"/> unless consent was recorded.
/// <para>
/// The loop fields came later as optional fields with defaults, so every stored entry still reads as it was and
/// the schema version stays 1 (a new version is for shapes old data cannot satisfy, and would also be a breaking
/// change for subscribers of the public contract). <see cref="Type"/> is null only on entries recorded before it
/// existed. <see cref="StatusTokenHash"/> is the SHA-256 of the status token handed to the person once, never the
/// token. <see cref="Sensitive"/> (abuse, exploitation, safety) keeps the entry out of ordinary views.
/// </para>
/// </summary>
[EventType("migrant-feedback-recorded")]
public sealed record MigrantFeedbackRecorded(
    ContactChannel Channel,
    string PartnerId,
    string Theme,
    string Language,
    int? Rating = null,
    Sentiment? Sentiment = null,
    string? Text = null,
    string? Territory = null,
    bool Anonymous = true,
    bool Consent = false,
    EncryptedContact? Contact = null,
    FeedbackType? Type = null,
    bool Sensitive = false,
    string? StatusTokenHash = null) : IFeedbackEvent;
