using Observatory.Domain.Serialization;
using Observatory.Domain.Sharing;

namespace Observatory.Domain.Platform;

/// <summary>Facts of a "post-{id}" stream: a post on the activity board and its replies, written in a partner's name.</summary>
public interface IPostEvent : IDomainEvent;

[EventType("board-post-published")]
public sealed record BoardPostPublished(string PartnerId, string Title, string Body, string Language, ThematicArea? ThematicArea = null) : IPostEvent;

[EventType("board-reply-posted")]
public sealed record BoardReplyPosted(string PartnerId, string Body, string Language) : IPostEvent;
