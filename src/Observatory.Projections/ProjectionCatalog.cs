using Observatory.Projections.Board;
using Observatory.Projections.DeclaredIndicators;
using Observatory.Projections.Feedback;
using Observatory.Projections.Guides;
using Observatory.Projections.Helpline;
using Observatory.Projections.Indicators;
using Observatory.Projections.Participation;
using Observatory.Projections.Recommendations;
using Observatory.Projections.Resources;
using Observatory.Projections.Timeline;
using Observatory.Projections.WorkingGroups;

namespace Observatory.Projections;

/// <summary>Every projection the observatory keeps; the daemon runs each of these, the replays any of them.</summary>
public static class ProjectionCatalog
{
    public static IReadOnlyList<IProjection> All { get; } =
    [
        TimelineProjection.Instance,
        IndicatorsProjection.Instance,
        ParticipationProjection.Instance,
        WorkingGroupsProjection.Instance,
        ResourcesProjection.Instance,
        HelplineProjection.Instance,
        RecommendationsProjection.Instance,
        FeedbackProjection.Instance,
        DeclaredIndicatorsProjection.Instance,
        GuidesProjection.Instance,
        BoardProjection.Instance,
    ];

    public static IProjection? Find(string name) => All.FirstOrDefault(p => p.Name == name);
}
