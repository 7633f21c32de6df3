using Observatory.Domain.Serialization;

namespace Observatory.Domain.Feedback;

/// <summary>
/// Facts of the network's one "mechanism" stream: how its feedback and complaint mechanism works, namely the coding
/// frame feedback is sorted by and the deadline the network promises to answer within.
/// </summary>
public interface IMechanismEvent : IDomainEvent;

/// <summary>The mechanism starts with the deadline the network promises: the loop-closure indicator measures against it.</summary>
[EventType("feedback-mechanism-established")]
public sealed record FeedbackMechanismEstablished(int ResponseDeadlineDays) : IMechanismEvent;

public sealed record CodingCategory(string Category, IReadOnlyList<string> Codes);

/// <summary>A new version of the coding frame; earlier codings keep the version they used, so categories may change.</summary>
[EventType("coding-frame-published")]
public sealed record CodingFramePublished(int Version, IReadOnlyList<CodingCategory> Categories) : IMechanismEvent;

/// <summary>The network's stated deadline: feedback received from the event's date on is answered within <see cref="Days"/>.</summary>
[EventType("response-deadline-set")]
public sealed record ResponseDeadlineSet(int Days) : IMechanismEvent;
