using Observatory.Projections.Evaluations;
using Observatory.Projections.Indicators;
using Observatory.Projections.Replay;
using Observatory.Projections.Tests.Golden;
using Observatory.Projections.Tests.Seed;
using Observatory.Projections.Timeline;

namespace Observatory.Projections.Tests.Evaluations;

/// <summary>Given the report's network as imported, then its evaluation reads like the report (golden files, read by a person).</summary>
public class SeedEvaluationSpecs
{
    public const string Network = "migration-in-local-governments";

    private static EvaluationDocument Evaluation =>
        EvaluationBuilder.Build(Network, SeedLog.Events, CycleSelector.Default, SeedLog.Events[^1].Position);

    [Fact]
    public void The_evaluation_of_the_report_network_as_canonical_json_is_the_approved_one() =>
        Approvals.Verify(CanonicalJson.Serialize(Evaluation), "evaluation.report-network", "json");

    [Fact]
    public void The_evaluation_of_the_report_network_as_markdown_is_the_approved_one() =>
        Approvals.Verify(EvaluationReport.Markdown(Evaluation), "evaluation.report-network", "md");

    [Fact]
    public void The_evaluation_of_the_report_network_as_html_is_the_approved_one() =>
        Approvals.Verify(EvaluationReport.Html(Evaluation), "evaluation.report-network", "html");

    [Fact]
    public void The_dashboard_views_of_the_report_network_are_the_approved_ones()
    {
        var indicators = Replays.Run(IndicatorsProjection.Instance, SeedLog.Events, AsOf.Now);
        var term = Assert.Single(IndicatorsView.Terms(indicators));
        var dashboard = new
        {
            indicators = IndicatorsView.Build(indicators, term.Period),
            timeline = TimelineView.Build(Replays.Run(TimelineProjection.Instance, SeedLog.Events, AsOf.Now), new TimelineQuery(term.To)),
        };
        Approvals.Verify(CanonicalJson.Serialize(dashboard), "dashboard.report-network", "json");
    }

    [Fact]
    public void The_default_cycle_is_the_leadership_term_anchored_on_the_day_it_started()
    {
        var evaluation = Evaluation;

        Assert.Equal(("cycle-bytow-municipality-2020-09", new DateOnly(2020, 9, 1), new DateOnly(2023, 6, 30), 34),
            (evaluation.Cycle.Stream, evaluation.Cycle.From, evaluation.Cycle.To, evaluation.Cycle.Months));
        Assert.Equal("bytow-municipality", Assert.Single(evaluation.Cycle.Leaders).PartnerId);
    }

    [Fact]
    public void The_evaluation_counts_what_the_report_counts()
    {
        var e = Evaluation;

        Assert.Equal(4, e.Timeline.Meetings.Count(m => m.Kind == "study-visit"));
        Assert.Equal(8, e.Participation.Partners.Count);
        Assert.Equal(7, e.Participation.Partners.Count(p => p.PartnerId != "parasol"));
        Assert.Equal(5, e.Timeline.Practices.Count);
        Assert.Equal(2, e.Resources.Items.Count);
        Assert.Equal(10, e.Outcomes.Recommendations.Count);
        Assert.Contains(e.Outcomes.Conclusions, c => c.Text.Contains("language education, the labour market, and financing integration measures", StringComparison.Ordinal));
        Assert.Empty(e.WorkingGroups.Groups);
        Assert.Equal(ComparisonSection.None, e.Comparison.Previous);
    }

    [Fact]
    public void The_same_log_gives_the_same_bytes_and_hash_and_the_hash_is_lowercase_sha256_of_the_json()
    {
        var first = CanonicalJson.Serialize(Evaluation);
        var second = CanonicalJson.Serialize(EvaluationBuilder.Build(Network, SeedLog.Parse(File.ReadAllLines(SeedLog.SeedPath)), CycleSelector.Default, SeedLog.Events[^1].Position));

        Assert.Equal(first, second);
        Assert.Matches("^[0-9a-f]{64}$", CanonicalJson.Hash(first));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(first))), CanonicalJson.Hash(Evaluation));
    }

    [Fact]
    public void An_evaluation_up_to_an_earlier_position_leaves_out_the_correction_of_the_first_visit()
    {
        var before = EvaluationBuilder.Build(Network, SeedLog.Events, CycleSelector.Default, 77);
        var after = Evaluation;

        Assert.Equal(new DateOnly(2020, 9, 1), before.Timeline.Meetings[0].StartsOn);
        Assert.Equal(new DateOnly(2021, 9, 1), after.Timeline.Meetings[0].StartsOn.AddDays(1 - after.Timeline.Meetings[0].StartsOn.Day));
        Assert.NotEqual(CanonicalJson.Hash(before), CanonicalJson.Hash(after));
    }
}
