using System.Collections.Frozen;
using Observatory.Domain.DeclaredIndicators;
using Observatory.Domain.EventStore;
using Observatory.Domain.Evaluations;
using Observatory.Domain.Feedback;
using Observatory.Domain.Growth;
using Observatory.Domain.Meetings;
using Observatory.Domain.Network;
using Observatory.Domain.Outcomes;
using Observatory.Domain.Platform;
using Observatory.Domain.Sharing;
using Observatory.Domain.WorkingGroups;

namespace Observatory.Domain.Recording;

/// <summary>Every stream kind a network has, with the decider that guards it. The kind is the stream name up to its first dash.</summary>
public static class StreamKinds
{
    public const string Network = "network";
    public const string Cycle = "cycle";
    public const string Meeting = "meeting";
    public const string Practice = "practice";
    public const string Resource = "resource";
    public const string Activity = "activity";
    public const string Member = "member";
    public const string Specialist = "specialist";
    public const string Group = "group";
    public const string Feedback = "feedback";
    public const string Post = "post";
    public const string Request = "request";
    public const string Guide = "guide";
    public const string Outcome = "outcome";
    public const string Indicator = "indicator";
    public const string Mechanism = "mechanism";
    public const string Consultation = "consultation";

    private static readonly FrozenDictionary<string, StreamKind> ByName = new[]
    {
        StreamKind.Of<NetworkState, INetworkEvent>(Network, NetworkState.Initial, NetworkDecider.CreatingEvents, NetworkDecider.Evolve, NetworkDecider.Check),
        StreamKind.Of<CycleState, ICycleEvent>(Cycle, CycleState.Initial, CycleDecider.CreatingEvents, CycleDecider.Evolve, CycleDecider.Check),
        StreamKind.Stateless<IMeetingEvent>(Meeting, MeetingDecider.CreatingEvents, MeetingDecider.Check),
        StreamKind.Stateless<IPracticeEvent>(Practice, SharingDecider.PracticeCreatingEvents, SharingDecider.Check),
        StreamKind.Stateless<IResourceEvent>(Resource, SharingDecider.ResourceCreatingEvents, SharingDecider.Check),
        StreamKind.Stateless<IActivityEvent>(Activity, SharingDecider.ActivityCreatingEvents, SharingDecider.Check),
        StreamKind.Of<GrowthDecider.Listing, IMemberEvent>(Member, GrowthDecider.Listing.Initial, GrowthDecider.MemberCreatingEvents, GrowthDecider.Evolve, GrowthDecider.Check),
        StreamKind.Of<GrowthDecider.Listing, ISpecialistEvent>(Specialist, GrowthDecider.Listing.Initial, GrowthDecider.SpecialistCreatingEvents, GrowthDecider.Evolve, GrowthDecider.Check),
        StreamKind.Of<WorkingGroupState, IWorkingGroupEvent>(Group, WorkingGroupState.Initial, WorkingGroupDecider.CreatingEvents, WorkingGroupDecider.Evolve, WorkingGroupDecider.Check),
        StreamKind.Of<FeedbackCase, IFeedbackEvent>(Feedback, FeedbackCase.Initial, FeedbackDecider.CreatingEvents, FeedbackDecider.Evolve, FeedbackDecider.Check),
        StreamKind.Of<MechanismState, IMechanismEvent>(Mechanism, MechanismState.Initial, MechanismDecider.CreatingEvents, MechanismDecider.Evolve, MechanismDecider.Check),
        StreamKind.Of<ConsultationState, IConsultationEvent>(Consultation, ConsultationState.Initial, ConsultationDecider.CreatingEvents, ConsultationDecider.Evolve, ConsultationDecider.Check),
        StreamKind.Stateless<IPostEvent>(Post, PlatformDecider.PostCreatingEvents, PlatformDecider.Check),
        StreamKind.Of<PlatformDecider.Progress, IRequestEvent>(Request, PlatformDecider.Progress.Initial, PlatformDecider.RequestCreatingEvents, PlatformDecider.Evolve, PlatformDecider.Check),
        StreamKind.Of<PlatformDecider.Progress, IGuideEvent>(Guide, PlatformDecider.Progress.Initial, PlatformDecider.GuideCreatingEvents, PlatformDecider.Evolve, PlatformDecider.Check),
        StreamKind.Of<IndicatorDefinitionDecider.DefinitionState, IIndicatorEvent>(Indicator, IndicatorDefinitionDecider.DefinitionState.Initial, IndicatorDefinitionDecider.CreatingEvents, IndicatorDefinitionDecider.Evolve, IndicatorDefinitionDecider.Check),
        StreamKind.Of<OutcomeDecider.OutcomeState, IOutcomeEvent>(Outcome, OutcomeDecider.OutcomeState.Initial, OutcomeDecider.CreatingEvents, OutcomeDecider.Evolve, OutcomeDecider.Check),
    }.ToFrozenDictionary(kind => kind.Name, StringComparer.Ordinal);

    public static IEnumerable<string> Names => ByName.Keys.Order(StringComparer.Ordinal);

    public static IEnumerable<StreamKind> All => ByName.Values;

    public static StreamKind? Find(string stream) => ByName.GetValueOrDefault(StreamNames.Kind(stream));
}
