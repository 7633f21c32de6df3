using Observatory.Domain.Meetings;
using Observatory.Domain.Sharing;
using Observatory.Projections.Facts;
using Observatory.Projections.Feedback;
using Observatory.Projections.Helpline;
using Observatory.Projections.Indicators;
using Observatory.Projections.Participation;
using Observatory.Projections.Periods;
using Observatory.Projections.Recommendations;
using Observatory.Projections.Resources;
using Observatory.Projections.Roster;
using Observatory.Projections.Timeline;
using Observatory.Projections.WorkingGroups;

namespace Observatory.Host.Dashboard;

/// <summary>
/// Everything a page shows, computed once from the states by the projections' own views; renderers only format it.
/// <see cref="ViewDay"/> is the last business day the page looks at: the period's end, or "today" while the period runs,
/// so a finished term always reads the same and a running one shows its silences up to now.
/// </summary>
public sealed record DashboardModel(
    DashboardData Data,
    Period Period,
    string PeriodParameter,
    DateOnly ViewDay,
    IReadOnlyDictionary<string, Partner> Partners,
    IReadOnlyList<LeadershipTermPeriod> Terms,
    LeadershipTermPeriod? CurrentTerm,
    IndicatorDashboard Indicators,
    Timeline Timeline,
    IReadOnlyList<string> Quarters,
    ParticipationBalance Participation,
    IReadOnlyList<Entry<MeetingHeld>> Meetings,
    IReadOnlyList<Entry<PracticeShared>> Practices,
    IReadOnlyList<WorkingGroup> Groups,
    ResourceLibrary Library,
    HelplineDirectory Helpline,
    OutcomeList Outcomes,
    FeedbackSummary Feedback)
{
    public Moment Moment => Data.Moment;

    public string Title => Data.Name ?? Data.Network;

    public string PartnerName(string id) => Partners.TryGetValue(id, out var p) ? p.Name : id;

    public static DashboardModel Build(DashboardData data, Period period, string periodParameter)
    {
        var today = data.Moment.Today;
        var viewDay = today < period.To ? today : period.To;
        var terms = IndicatorsView.Terms(data.Indicators);
        var sharing = data.Timeline.Sharing;
        return new DashboardModel(
            data, period, periodParameter, viewDay,
            RosterView.Partners(data.Timeline.Roster),
            terms,
            PeriodChoice.CurrentTerm(terms, today),
            IndicatorsView.Build(data.Indicators, period),
            TimelineView.Build(data.Timeline, new TimelineQuery(viewDay)),
            QuartersBetween(period.From, viewDay),
            ParticipationView.Build(data.Participation, new ParticipationQuery(period)),
            [.. sharing.Meetings.Values.Where(m => m.Fact.StartsOn <= viewDay).OrderBy(m => m.Fact.StartsOn).ThenBy(m => m.Meta.Position)],
            [.. sharing.Practices.Values.Where(p => p.Meta.OccurredOn <= viewDay).OrderBy(p => p.Meta.OccurredOn).ThenBy(p => p.Meta.Position)],
            WorkingGroupsView.Registry(data.WorkingGroups, viewDay),
            ResourceLibraryView.Build(data.Resources),
            HelplineView.Build(data.Helpline, period),
            RecommendationsView.Build(data.Recommendations),
            FeedbackView.Build(data.Feedback, period));
    }

    /// <summary>The day the network's history starts for "all": its first partner's joining, else today.</summary>
    public static DateOnly Since(DashboardData data) =>
        data.Timeline.Roster.Joined.Values.Select(j => j.Fact.JoinedOn).DefaultIfEmpty(data.Moment.Today).Min();

    private static List<string> QuartersBetween(DateOnly from, DateOnly to)
    {
        var quarters = new List<string>();
        for (var q = Period.QuarterOf(from); q.From <= to; q = Period.QuarterOf(q.To.AddDays(1)))
            quarters.Add(q.Label);
        return quarters;
    }
}
