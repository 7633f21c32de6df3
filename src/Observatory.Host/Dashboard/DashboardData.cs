using Observatory.Projections.Feedback;
using Observatory.Projections.Helpline;
using Observatory.Projections.Indicators;
using Observatory.Projections.Participation;
using Observatory.Projections.Recommendations;
using Observatory.Projections.Resources;
using Observatory.Projections.Timeline;
using Observatory.Projections.WorkingGroups;

namespace Observatory.Host.Dashboard;

/// <summary>
/// The projection states a dashboard is made from, whichever way they were obtained (live read models or a replay),
/// so the renderers never know the difference.
/// </summary>
public sealed record DashboardData(
    string Network,
    string? Name,
    Moment Moment,
    TimelineState Timeline,
    IndicatorsState Indicators,
    ParticipationState Participation,
    WorkingGroupsState WorkingGroups,
    ResourcesState Resources,
    HelplineState Helpline,
    RecommendationsState Recommendations,
    FeedbackState Feedback);
