using Observatory.Projections;
using Observatory.Projections.DeclaredIndicators;
using Observatory.Projections.Feedback;
using Observatory.Projections.Helpline;
using Observatory.Projections.Indicators;
using Observatory.Projections.Participation;
using Observatory.Projections.Recommendations;
using Observatory.Projections.Resources;
using Observatory.Projections.Timeline;
using Observatory.Projections.WorkingGroups;

namespace Observatory.Host.Cli;

/// <summary>Each projection's view, as the replay verb prints it; a projection without a view prints its state.</summary>
internal static class ReplayViews
{
    public static object Of(IProjection projection, object state, DateOnly day) => state switch
    {
        TimelineState s => TimelineView.Build(s, new TimelineQuery(day)),
        IndicatorsState s => IndicatorsView.Terms(s).Select(t => IndicatorsView.Build(s, t.Period)).ToList(),
        ParticipationState s => ParticipationView.Build(s, new ParticipationQuery()),
        WorkingGroupsState s => WorkingGroupsView.Registry(s, day),
        ResourcesState s => ResourceLibraryView.Build(s),
        HelplineState s => HelplineView.Build(s),
        RecommendationsState s => RecommendationsView.Build(s),
        FeedbackState s => FeedbackView.Build(s),
        DeclaredIndicatorsState s => DeclaredIndicatorsView.Definitions(s),
        _ => state,
    };
}
