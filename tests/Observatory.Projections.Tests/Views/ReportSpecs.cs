using Observatory.Projections.Indicators;
using Observatory.Projections.Participation;
using Observatory.Projections.Periods;
using Observatory.Projections.Recommendations;
using Observatory.Projections.Replay;
using Observatory.Projections.Resources;
using Observatory.Projections.Tests.Seed;
using Observatory.Projections.Timeline;
using FirstIndicators = Observatory.Domain.Evaluations.Indicators;

namespace Observatory.Projections.Tests.Views;

/// <summary>Given the report's network as imported, then the views agree with the report.</summary>
public class ReportSpecs
{
    private static readonly DateOnly EndOfProject = new(2023, 6, 30);

    [Fact]
    public void The_report_has_four_study_visits_and_a_closing_conference()
    {
        var balance = ParticipationView.Build(Replays.Run(ParticipationProjection.Instance, SeedLog.Events, AsOf.Now), new ParticipationQuery());

        Assert.Equal(new Dictionary<string, int> { ["conference"] = 1, ["study-visit"] = 4 }, balance.MeetingsByKind);
        Assert.Equal(3, balance.Partners.Single(p => p.PartnerId == "bytow-municipality").Hosted);
        Assert.Equal(5, balance.Partners.Sum(p => p.Hosted));
    }

    [Fact]
    public void The_report_has_eight_partners_in_four_countries_who_all_attended_every_meeting()
    {
        var balance = ParticipationView.Build(Replays.Run(ParticipationProjection.Instance, SeedLog.Events, AsOf.Now), new ParticipationQuery());

        Assert.Equal(8, balance.Partners.Count);
        Assert.Equal(["de", "lt", "pl", "se"], balance.Partners.Select(p => p.Country).Distinct().Order());
        Assert.All(balance.Partners, p => Assert.Equal(5, p.Attended));
    }

    [Fact]
    public void The_five_practices_of_the_report_are_shared_by_four_partners()
    {
        var timeline = TimelineView.Build(Replays.Run(TimelineProjection.Instance, SeedLog.Events, AsOf.Now), new TimelineQuery(EndOfProject));

        Assert.Equal(5, timeline.Months.Sum(m => m.Counts.Shared));
        Assert.Equal(2, timeline.For("markaryd", "2022-06").Shared);
        Assert.Equal(1, timeline.For("vorpommern-ruegen", "2022-Q4").Shared);
        Assert.Equal(new AreaPeriodActivity("institutional-change", "all", 4, 2, 2), timeline.Areas.Single(a => a.Area == "institutional-change" && a.Period == "all"));
        Assert.Equal(1, timeline.Areas.Single(a => a.Area == "education" && a.Period == "all").Shared);
    }

    [Fact]
    public void The_two_resources_of_the_report_are_both_from_outside_the_network()
    {
        var library = ResourceLibraryView.Build(Replays.Run(ResourcesProjection.Instance, SeedLog.Events, AsOf.Now));

        Assert.Equal(2, library.Items.Count);
        Assert.Equal((0, 2), (library.FromPartners, library.External));
        Assert.Equal(["European Commission, European Migration Network", "OSCE"], library.Items.Select(i => i.Origin).Order());
        Assert.Equal(new Dictionary<string, int> { ["en"] = 2 }, library.ByLanguage);
    }

    [Fact]
    public void Nine_members_were_networked_by_the_end_of_the_project_six_of_them_in_germany()
    {
        var state = Replays.Run(IndicatorsProjection.Instance, SeedLog.Events, AsOf.Now);
        var term = Assert.Single(IndicatorsView.Terms(state));
        var members = IndicatorsView.Build(state, term.Period).Get(FirstIndicators.NetworkedMembers, "stock");

        Assert.Equal(("bytow-municipality", new DateOnly(2020, 9, 1), EndOfProject), (term.PartnerId, term.From, term.To));
        Assert.Equal(9, members.Value);
        Assert.Equal(new Dictionary<string, decimal> { ["de"] = 6, ["pl"] = 3 }, members.ByCountry);
        Assert.Equal(6, members.ByPartner["vorpommern-ruegen"]);
        Assert.Null(members.Target);
    }

    [Fact]
    public void The_report_adopts_ten_recommendations_that_nobody_has_followed_up_yet()
    {
        var outcomes = RecommendationsView.Build(Replays.Run(RecommendationsProjection.Instance, SeedLog.Events, AsOf.Now));

        Assert.Equal(Enumerable.Range(1, 10), outcomes.Recommendations.Select(r => r.Number));
        Assert.Equal(new Dictionary<string, int> { ["adopted"] = 10 }, outcomes.RecommendationsByStatus);
        Assert.Equal(26, outcomes.Conclusions.Count);
    }

    [Fact]
    public void A_follow_up_gives_a_recommendation_its_status()
    {
        var outcomes = RecommendationsView.Build(Replays.Run(RecommendationsProjection.Instance, RichLog.Events, AsOf.Now));

        var third = outcomes.Recommendations.Single(r => r.Number == 3);
        Assert.Equal("in-progress", third.Status);
        Assert.Equal("Leadership rotation agreed", Assert.Single(third.FollowUps).Action);
        Assert.Equal(new Dictionary<string, int> { ["adopted"] = 9, ["in-progress"] = 1 }, outcomes.RecommendationsByStatus);
    }

    [Fact]
    public void A_partner_below_the_share_threshold_is_named_in_the_balance()
    {
        var balance = ParticipationView.Build(Replays.Run(ParticipationProjection.Instance, SeedLog.Events, AsOf.Now),
            new ParticipationQuery(Period.CalendarYear(2023), BelowShare: 0.12m));

        // 2023: two meetings (2 hosted, 16 attended) and two practices. Bytów hosted both and shared one (5 of 20),
        // the district shared the other (3 of 20); everyone else only attended (2 of 20 = 0.1).
        Assert.Equal(20, balance.Total);
        Assert.Equal(0.25m, balance.Partners.Single(p => p.PartnerId == "bytow-municipality").Share);
        Assert.Equal(["frankenberg", "markaryd", "parasol", "schmalkalden-meiningen", "taurage", "vorpommern-ruegen"], balance.BelowThreshold);
    }
}
