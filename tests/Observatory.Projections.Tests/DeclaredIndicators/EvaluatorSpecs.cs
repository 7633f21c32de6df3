using Observatory.Domain.DeclaredIndicators;
using Observatory.Projections.DeclaredIndicators;
using Observatory.Projections.Replay;
using Observatory.Projections.Tests.Seed;

namespace Observatory.Projections.Tests.DeclaredIndicators;

public class EvaluatorSpecs
{
    private static readonly DateOnly From = new(2020, 1, 1);
    private static readonly DateOnly To = new(2023, 12, 31);

    private static DeclaredHistory History { get; } = DeclaredHistory.From(RichLog.Events);

    private static IReadOnlyDictionary<string, decimal?> ByYear(IIndicatorDefinition definition) =>
        DeclaredIndicatorEvaluator.Evaluate(definition, History, From, To).Values.ToDictionary(v => v.Period, v => v.Value);

    [Fact]
    public void Both_versions_of_a_definition_compute_over_the_same_history_and_differ_where_the_definition_changed()
    {
        var state = Replays.Run(DeclaredIndicatorsProjection.Instance, RichLog.Events, AsOf.Now);
        var v1 = DeclaredIndicatorsView.Find(state, "study-visits", 1)!;
        var v2 = DeclaredIndicatorsView.Find(state, "study-visits")!;

        Assert.Equal(2, v2.Version);
        // The first visit counts in 2021, where the correction put it; 2023 had a visit and the closing conference.
        Assert.Equal(new Dictionary<string, decimal?> { ["2020"] = 0, ["2021"] = 1, ["2022"] = 2, ["2023"] = 1 }, ByYear(v1));
        Assert.Equal(new Dictionary<string, decimal?> { ["2020"] = 0, ["2021"] = 1, ["2022"] = 2, ["2023"] = 2 }, ByYear(v2));
    }

    [Fact]
    public void A_disaggregation_splits_the_value_by_the_named_field()
    {
        var result = DeclaredIndicatorEvaluator.Evaluate(Definitions.StudyVisitsV2, History, From, To);

        var y2023 = result.Values.Single(v => v.Period == "2023");
        Assert.Equal([new DisaggregatedValue("hostPartnerId", "bytow-municipality", 2, null, 2)], y2023.Disaggregated);
        Assert.Equal(["markaryd", "vorpommern-ruegen"], result.Values.Single(v => v.Period == "2022").Disaggregated.Select(d => d.FieldValue));
    }

    [Fact]
    public void A_distinct_count_counts_each_value_once_over_a_leadership_term()
    {
        var partners = new IndicatorDefined("partners-meeting", 1, "Partners taking part in meetings", IndicatorMeasure.DistinctCount,
            new EventSelector("meeting-held", DistinctField: "participants.partnerId"), IndicatorPeriod.LeadershipTerm);

        var value = Assert.Single(DeclaredIndicatorEvaluator.Evaluate(partners, History, From, To).Values);

        Assert.Equal(("term 1 (bytow-municipality)", 8m), (value.Period, value.Value));
    }

    [Fact]
    public void A_ratio_divides_the_numerator_by_the_denominator_and_is_null_when_there_is_nothing_to_divide_by()
    {
        var practicesPerMeeting = new IndicatorDefined("practices-per-meeting", 1, "Practices shared per meeting", IndicatorMeasure.Ratio,
            new EventSelector("practice-shared"), IndicatorPeriod.CalendarYear, Denominator: new EventSelector("meeting-held"));

        var values = DeclaredIndicatorEvaluator.Evaluate(practicesPerMeeting, History, From, To).Values.ToDictionary(v => v.Period);

        Assert.Equal((2m, 2m, 1m), (values["2023"].Numerator, values["2023"].Denominator!.Value, values["2023"].Value!.Value));
        Assert.Equal((0m, 1m, 0m), (values["2021"].Numerator, values["2021"].Denominator!.Value, values["2021"].Value!.Value));
        Assert.Null(values["2020"].Value);
    }

    [Fact]
    public void A_filter_on_a_list_field_matches_when_any_element_is_allowed()
    {
        var education = new IndicatorDefined("education-practices", 1, "Education practices", IndicatorMeasure.Count,
            new EventSelector("practice-shared", new Dictionary<string, IReadOnlyList<string>> { ["thematicAreas"] = ["education", "soft-integration"] }),
            IndicatorPeriod.Range);

        var value = Assert.Single(DeclaredIndicatorEvaluator.Evaluate(education, History, From, To).Values);

        Assert.Equal(("2020-01-01..2023-12-31", 1m), (value.Period, value.Value));
    }
}
