using Observatory.Domain.Serialization;

namespace Observatory.Domain.Feedback;

/// <summary>Why feedback left the network's own loop: it is for someone else, or it needs specialised, safe handling.</summary>
public enum ReferralReason { OutOfScope, Sensitive }

/// <summary>An individual answer goes to one person; a collective one ("you said, we did") answers many at once.</summary>
public enum ResponseScope { Individual, Collective }

/// <summary>
/// What answers the feedback: a task of a plan (<see cref="CycleStream"/> and <see cref="TaskId"/>) or a decision
/// (<see cref="OutcomeStream"/>, a conclusion or recommendation). One of the two.
/// </summary>
public sealed record AnswerLink(string? CycleStream = null, string? TaskId = null, string? OutcomeStream = null);

/// <summary>Sorted into a category and code of the network's coding frame, in the version then in force.</summary>
[EventType("feedback-coded")]
public sealed record FeedbackCoded(int FrameVersion, string Category, string Code) : IFeedbackEvent;

/// <summary>Passed to a service named by role or organisation ("Child protection unit, Bytów district"), never a person.</summary>
[EventType("feedback-referred")]
public sealed record FeedbackReferred(string To, ReferralReason Reason) : IFeedbackEvent;

/// <summary>The public answer. <see cref="Response"/> is shown to whoever holds the status token, so it names nobody.</summary>
[EventType("feedback-responded")]
public sealed record FeedbackResponded(ResponseScope Scope, string Response, AnswerLink? AnsweredBy = null) : IFeedbackEvent;

/// <summary>The loop is closed; <see cref="Satisfaction"/> (1–5) only if the person chose to say.</summary>
[EventType("feedback-loop-closed")]
public sealed record FeedbackLoopClosed(int? Satisfaction = null) : IFeedbackEvent;

/// <summary>
/// The person's key was deleted, so the contact sealed under <see cref="KeyId"/> can never be read again. The event
/// itself holds nothing personal: a random key id links to nobody once the key is gone.
/// </summary>
[EventType("personal-data-erased")]
public sealed record PersonalDataErased(string KeyId) : IFeedbackEvent;
