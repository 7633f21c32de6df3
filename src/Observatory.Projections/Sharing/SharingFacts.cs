using Observatory.Domain.Corrections;
using Observatory.Domain.Meetings;
using Observatory.Domain.Platform;
using Observatory.Domain.Recording;
using Observatory.Domain.Sharing;
using Observatory.Projections.Facts;

namespace Observatory.Projections.Sharing;

/// <summary>A board post or reply without its body: the timeline counts communication, it does not republish it.</summary>
public sealed record BoardMessage(string PartnerId, string Language, ThematicArea? ThematicArea = null);

/// <summary>
/// The facts of cyclical sharing that the timeline and the participation balance both count: meetings, practices,
/// resources, information activities and the activity board. Free text of posts is not kept.
/// </summary>
public sealed record SharingFacts(
    EntryTable<MeetingHeld> Meetings,
    EntryTable<PracticeShared> Practices,
    EntryTable<ResourcePublished> Resources,
    EntryTable<InformationActivityHeld> Activities,
    EntryTable<BoardMessage> Posts,
    EntryTable<BoardMessage> Replies)
{
    public static SharingFacts Empty { get; } = new(Tables.Empty<MeetingHeld>(), Tables.Empty<PracticeShared>(),
        Tables.Empty<ResourcePublished>(), Tables.Empty<InformationActivityHeld>(), Tables.Empty<BoardMessage>(), Tables.Empty<BoardMessage>());

    public SharingFacts Apply(RecordedEvent recorded) => recorded.Event switch
    {
        MeetingHeld e => this with { Meetings = Meetings.Put(recorded, e) },
        PracticeShared e => this with { Practices = Practices.Put(recorded, e) },
        ResourcePublished e => this with { Resources = Resources.Put(recorded, e) },
        InformationActivityHeld e => this with { Activities = Activities.Put(recorded, e) },
        BoardPostPublished e => this with { Posts = Posts.Put(recorded, Keep(e)) },
        BoardReplyPosted e => this with { Replies = Replies.Put(recorded, Keep(e)) },
        _ => this,
    };

    public SharingFacts? Mend(ICorrectionEvent correction) =>
        Meetings.Mend(correction) is { } meetings ? this with { Meetings = meetings }
        : Practices.Mend(correction) is { } practices ? this with { Practices = practices }
        : Resources.Mend(correction) is { } resources ? this with { Resources = resources }
        : Activities.Mend(correction) is { } activities ? this with { Activities = activities }
        : Posts.Mend<BoardPostPublished, BoardMessage>(correction, Keep) is { } posts ? this with { Posts = posts }
        : Replies.Mend<BoardReplyPosted, BoardMessage>(correction, Keep) is { } replies ? this with { Replies = replies }
        : null;

    private static BoardMessage Keep(BoardPostPublished post) => new(post.PartnerId, post.Language, post.ThematicArea);

    private static BoardMessage Keep(BoardReplyPosted reply) => new(reply.PartnerId, reply.Language);
}

/// <summary>One partner's part in one fact of sharing, on the fact's business day.</summary>
public enum ActivityKind { Shared, Hosted, Attended, Published, Communicated }

public readonly record struct PartnerActivity(string PartnerId, ActivityKind Kind, DateOnly On);

public static class SharingActivities
{
    /// <summary>
    /// Every partner activity the facts show. A meeting counts on its first day; practices, resources and board
    /// messages on their occurredOn; a resource from outside the network is nobody's publication.
    /// </summary>
    public static IEnumerable<PartnerActivity> Of(SharingFacts facts)
    {
        foreach (var meeting in facts.Meetings.Values)
        {
            yield return new(meeting.Fact.HostPartnerId, ActivityKind.Hosted, meeting.Fact.StartsOn);
            foreach (var participant in meeting.Fact.Participants.Select(p => p.PartnerId).Distinct(StringComparer.Ordinal))
                yield return new(participant, ActivityKind.Attended, meeting.Fact.StartsOn);
        }
        foreach (var practice in facts.Practices.Values)
            yield return new(practice.Fact.PartnerId, ActivityKind.Shared, practice.Meta.OccurredOn);
        foreach (var resource in facts.Resources.Values)
        {
            if (resource.Fact.PartnerId is { } partner)
                yield return new(partner, ActivityKind.Published, resource.Meta.OccurredOn);
        }
        foreach (var activity in facts.Activities.Values)
            yield return new(activity.Fact.PartnerId, ActivityKind.Communicated, activity.Fact.HeldOn);
        foreach (var message in facts.Posts.Values.Concat(facts.Replies.Values))
            yield return new(message.Fact.PartnerId, ActivityKind.Communicated, message.Meta.OccurredOn);
    }
}
