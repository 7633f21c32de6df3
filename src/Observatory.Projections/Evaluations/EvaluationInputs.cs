using Observatory.Domain.Recording;
using Observatory.Projections.Facts;
using Observatory.Projections.Feedback;
using Observatory.Projections.Indicators;
using Observatory.Projections.Participation;
using Observatory.Projections.Recommendations;
using Observatory.Projections.Replay;
using Observatory.Projections.Resources;
using Observatory.Projections.Roster;
using Observatory.Projections.Timeline;
using Observatory.Projections.WorkingGroups;

namespace Observatory.Projections.Evaluations;

/// <summary>
/// The states an evaluation reads, folded in one pass by the daemon's own projection code, plus the cycle facts.
/// Any period can then be cut from them: the evaluated cycle and the previous one.
/// </summary>
internal sealed record EvaluationInputs(
    TimelineState Timeline,
    IndicatorsState Indicators,
    ParticipationState Participation,
    WorkingGroupsState WorkingGroups,
    ResourcesState Resources,
    RecommendationsState Recommendations,
    FeedbackState Feedback,
    CycleFacts Cycles)
{
    private static readonly IReadOnlyList<IProjection> Used =
    [
        TimelineProjection.Instance, IndicatorsProjection.Instance, ParticipationProjection.Instance, WorkingGroupsProjection.Instance,
        ResourcesProjection.Instance, RecommendationsProjection.Instance, FeedbackProjection.Instance,
    ];

    public static EvaluationInputs Of(IReadOnlyList<RecordedEvent> events)
    {
        var states = Replays.RunAll(Used, events, AsOf.Now);
        return new EvaluationInputs((TimelineState)states[0], (IndicatorsState)states[1], (ParticipationState)states[2],
            (WorkingGroupsState)states[3], (ResourcesState)states[4], (RecommendationsState)states[5], (FeedbackState)states[6],
            CycleFacts.Of(EffectiveLog.Build(events)));
    }

    public IReadOnlyDictionary<string, Partner> Partners => RosterView.Partners(Timeline.Roster);

    public IReadOnlyList<LeadershipTermPeriod> Terms => RosterView.Terms(Timeline.Roster);
}
