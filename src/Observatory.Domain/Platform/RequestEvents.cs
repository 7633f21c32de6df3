using Observatory.Domain.Feedback;
using Observatory.Domain.Growth;
using Observatory.Domain.Serialization;

namespace Observatory.Domain.Platform;

/// <summary>Facts of a "request-{id}" stream: a helpline request, kept without the requester's identity.</summary>
public interface IRequestEvent : IDomainEvent;

public enum RequestOutcome { Answered, ReferredElsewhere, Withdrawn, Unresolved }

[EventType("helpline-request-received")]
public sealed record HelplineRequestReceived(string PartnerId, ContactChannel Channel, CompetenceArea Topic, string Language, string? Summary = null) : IRequestEvent;

/// <summary><see cref="SpecialistStream"/> names the listed profile ("specialist-…") the request went to.</summary>
[EventType("helpline-request-referred")]
public sealed record HelplineRequestReferred(string SpecialistStream, string? Note = null) : IRequestEvent;

/// <summary>
/// <see cref="AnsweredInLanguage"/> (ISO 639) is the language the answer was given in, so the helpline can tell whether
/// it answered in the language asked for. An optional addition, still schema 1: resolutions recorded before it read as "not recorded".
/// </summary>
[EventType("helpline-request-resolved")]
public sealed record HelplineRequestResolved(RequestOutcome Outcome, string? Note = null, string? AnsweredInLanguage = null) : IRequestEvent;
