using Observatory.Domain.Evaluations;
using Observatory.Domain.Growth;
using Observatory.Domain.Meetings;
using Observatory.Domain.Network;
using Observatory.Domain.Platform;
using Observatory.Domain.Serialization;
using Observatory.Domain.Sharing;
using Observatory.Domain.WorkingGroups;

namespace Observatory.Projections.Facts;

/// <summary>
/// The day a fact happened in the business sense. Where the data carries the day (a meeting's start, a member's
/// networking date) that day wins over the recorded <c>occurredOn</c>, because a correction replaces the data but never
/// the metadata: the first visit corrected from September 2020 to September 2021 keeps occurredOn 2020-09-01.
/// </summary>
public static class BusinessDates
{
    public static DateOnly Of(IDomainEvent fact, DateOnly occurredOn) => fact switch
    {
        NetworkFounded e => e.FoundedOn,
        PartnerJoined e => e.JoinedOn,
        PartnerLeft e => e.LeftOn,
        IRepresentationChange e => e.On,
        CooperationAgreementSigned e => e.SignedOn,
        FundsAllocated e => e.AllocatedOn,
        MigrantRepresentativeInvolved e => e.InvolvedOn,
        LeadershipTermStarted e => e.StartsOn,
        LeadershipHandedOver e => e.HandedOverOn,
        LeadershipTermClosed e => e.ClosedOn,
        EvaluationPublished e => e.PublishedOn,
        EvaluationCycleClosed e => e.ClosedOn,
        MeetingHeld e => e.StartsOn,
        InformationActivityHeld e => e.HeldOn,
        MemberNetworked e => e.NetworkedOn,
        MemberLeft e => e.LeftOn,
        WorkingGroupFormed e => e.FormedOn,
        WorkingGroupMemberJoined e => e.JoinedOn,
        WorkingGroupClosed e => e.ClosedOn,
        CountryGuideReviewed e => e.ReviewedOn,
        // Plans (cycles, targets, tasks), definitions and facts without a day of their own happen when recorded as occurring.
        _ => occurredOn,
    };
}
