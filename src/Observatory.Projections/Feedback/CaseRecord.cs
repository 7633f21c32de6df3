using System.Collections.Immutable;
using Observatory.Domain.Feedback;

namespace Observatory.Projections.Feedback;

public enum CaseStatus { Received, Coded, Referred, Responded, Closed }

/// <summary>
/// One piece of feedback and where its loop stands, as ordinary views may hold it: no free text, no contact, not
/// even encrypted. <see cref="HasContact"/> and <see cref="ContactErased"/> say what a contact view would find.
/// Times are the events' occurredOn moments, which keep the time of day the 48-hour rule needs.
/// </summary>
public sealed record CaseRecord(
    Guid ReceivedEventId,
    DateTimeOffset ReceivedAt,
    FeedbackFacts Facts,
    bool HasContact,
    bool ContactErased = false,
    CaseCoding? Coding = null,
    CaseReferral? Referral = null,
    ImmutableList<CaseResponse>? Responses = null,
    CaseClosure? Closure = null)
{
    public IReadOnlyList<CaseResponse> Answers => Responses ?? [];

    public CaseStatus Status =>
        Closure is not null ? CaseStatus.Closed
        : Answers.Count > 0 ? CaseStatus.Responded
        : Referral is not null ? CaseStatus.Referred
        : Coding is not null ? CaseStatus.Coded
        : CaseStatus.Received;

    /// <summary>Out-of-scope feedback was passed on; everything else is the network's to answer.</summary>
    public bool InScope => Referral?.Reason != ReferralReason.OutOfScope;

    public DateTimeOffset? FirstResponseAt => Answers.Count == 0 ? null : Answers.Min(r => r.At);
}

public sealed record CaseCoding(Guid EventId, int FrameVersion, string Category, string Code);

public sealed record CaseReferral(Guid EventId, string To, ReferralReason Reason, DateTimeOffset At);

public sealed record CaseResponse(Guid EventId, ResponseScope Scope, string Response, AnswerLink? AnsweredBy, DateTimeOffset At);

public sealed record CaseClosure(Guid EventId, DateTimeOffset At, int? Satisfaction);
