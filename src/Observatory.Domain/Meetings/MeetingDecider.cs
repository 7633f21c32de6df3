using System.Collections.Immutable;
using Observatory.Domain.Deciding;
using Observatory.Domain.Network;
using Observatory.Domain.Recording;

namespace Observatory.Domain.Meetings;

/// <summary>A meeting is hosted by a current partner, somewhere (or online), on believable dates, attended by current partners.</summary>
public static class MeetingDecider
{
    public static DomainError? Check(IMeetingEvent fact, FactContext context) => fact switch
    {
        MeetingHeld held => Require.Known(held.Kind, "kind")
            ?? context.Network.CurrentPartner(held.HostPartnerId, held.StartsOn, "hostPartnerId")
            ?? Place(held)
            ?? (held.StartsOn <= held.EndsOn ? null : new DomainError("meeting-ends-before-start", $"must be on or after {held.StartsOn:yyyy-MM-dd}", "endsOn"))
            ?? Require.Text(held.Theme, "theme", "meeting-theme-required")
            ?? Require.Each(held.Activities, "activities", (activity, field) => Require.Text(activity, field, "activity-required", Require.MaxLongText))
            ?? Require.Each(held.Participants, "participants", (p, field) => Participant(p, field, held.StartsOn, context))
            ?? Require.Distinct([.. held.Participants.Select(p => p.PartnerId)], "participants", "participant-listed-twice")
            ?? (held.OnlineAudience is null or >= 0 ? null : new DomainError("value-negative", "must be zero or more", "onlineAudience")),
        _ => null,
    };

    internal static ImmutableHashSet<Type> CreatingEvents { get; } = [typeof(MeetingHeld)];

    private static DomainError? Place(MeetingHeld held) =>
        held.Kind == MeetingKind.OnlineSession
            ? Require.OptionalText(held.Place, "place")
            : Require.Text(held.Place, "place", "meeting-place-required");

    private static DomainError? Participant(Participation participation, string field, DateOnly on, FactContext context) =>
        context.Network.CurrentPartner(participation.PartnerId, on, $"{field}.partnerId")
        ?? (participation.Count is null or >= 0 ? null : new DomainError("participant-count-negative", "must be zero or more", $"{field}.count"));
}
