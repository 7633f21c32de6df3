using Observatory.Domain.Serialization;
using Observatory.Domain.Sharing;

namespace Observatory.Domain.Platform;

/// <summary>Facts of a "post-{id}" stream: a post on the activity board and its replies, written in a partner's name.</summary>
public interface IPostEvent : IDomainEvent;

/// <summary>What a post asks of the other partners (the report's Part II: news, questions, visits, internships, working groups).</summary>
public enum BoardPostKind { Announcement, Question, VisitOffer, InternshipOffer, WorkingGroupCall }

/// <summary>
/// <see cref="Kind"/> is an optional addition, still schema 1: a post stored before kinds existed reads as an
/// announcement, which is what every such post was; new subscribers see the field, old ones ignore it.
/// </summary>
[EventType("board-post-published")]
public sealed record BoardPostPublished(string PartnerId, string Title, string Body, string Language, ThematicArea? ThematicArea = null,
    BoardPostKind Kind = BoardPostKind.Announcement) : IPostEvent;

[EventType("board-reply-posted")]
public sealed record BoardReplyPosted(string PartnerId, string Body, string Language) : IPostEvent;
