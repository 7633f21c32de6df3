using Observatory.Domain.Serialization;

namespace Observatory.Domain.Outcomes;

/// <summary>Facts of an "outcome-{id}" stream: a conclusion or recommendation and what became of it.</summary>
public interface IOutcomeEvent : IDomainEvent;

/// <summary>Conclusions and recommendations share their rules; the report numbers each within its meeting or the network.</summary>
public interface IOutcomeAdopted : IOutcomeEvent
{
    int Number { get; }
    string Text { get; }
    string? MeetingStream { get; }
}

public enum FollowUpStatus { Planned, InProgress, Done, Dropped }

[EventType("conclusion-adopted")]
public sealed record ConclusionAdopted(int Number, string Text, string? MeetingStream = null) : IOutcomeAdopted;

[EventType("recommendation-adopted")]
public sealed record RecommendationAdopted(int Number, string Text, string? MeetingStream = null) : IOutcomeAdopted;

[EventType("recommendation-followed-up")]
public sealed record RecommendationFollowedUp(string Action, FollowUpStatus Status, string? PartnerId = null) : IOutcomeEvent;
