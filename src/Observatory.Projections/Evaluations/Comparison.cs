using Observatory.Projections.Indicators;
using Observatory.Projections.Periods;
using FirstIndicators = Observatory.Domain.Evaluations.Indicators;

namespace Observatory.Projections.Evaluations;

/// <summary>
/// The cycle against the one before it: the latest term or cycle that ended before this one began. Feedback is left
/// out on purpose: a difference of two counts could reveal a cell that the summary suppresses.
/// </summary>
internal static class Comparison
{
    public static ComparisonSection Build(EvaluationInputs inputs, EvaluationCycle cycle)
    {
        var opened = inputs.Cycles.Cycles.Select(c => c.Stream).ToHashSet(StringComparer.Ordinal);
        var previous = EvaluationCycles.All(inputs.Terms, inputs.Cycles.Cycles)
            .Where(c => c.To < cycle.From && c.Stream != cycle.Stream)
            .OrderBy(c => c.To).ThenBy(c => opened.Contains(c.Stream)).ThenBy(c => c.Stream, StringComparer.Ordinal)
            .LastOrDefault();
        if (previous is null)
            return new ComparisonSection(ComparisonSection.None, null, null, []);

        var now = Measures(inputs, cycle.Period);
        var before = Measures(inputs, previous.Period);
        return new ComparisonSection(previous.Stream, previous.From, previous.To,
            [.. now.Select(m => new ComparisonLine(m.Measure, m.Value, before.Get(m.Measure), m.Value - before.Get(m.Measure)))]);
    }

    private static List<(string Measure, decimal Value)> Measures(EvaluationInputs inputs, Period period)
    {
        var dashboard = IndicatorsView.Build(inputs.Indicators, period);
        var timeline = TimelineSections.Build(inputs, period);
        var outcomes = OutcomeSections.Outcomes(inputs, period);
        return
        [
            ($"{FirstIndicators.NetworkedMembers} (stock)", dashboard.Get(FirstIndicators.NetworkedMembers, "stock").Value),
            ($"{FirstIndicators.NetworkedMembers} (flow)", dashboard.Get(FirstIndicators.NetworkedMembers, "flow").Value),
            (FirstIndicators.ResourcesSharedOnline, dashboard.Get(FirstIndicators.ResourcesSharedOnline).Value),
            (FirstIndicators.WorkingGroupsSetUp, dashboard.Get(FirstIndicators.WorkingGroupsSetUp).Value),
            ("meetings", timeline.Meetings.Count),
            ("practices-shared", timeline.Practices.Count),
            ("information-activities", timeline.InformationActivities.Count),
            ("migrant-involvements", OutcomeSections.MigrantParticipation(inputs, period).Involvements),
            ("conclusions-adopted", outcomes.Conclusions.Count),
            ("recommendations-adopted", outcomes.Recommendations.Count(r => period.Contains(r.AdoptedOn))),
        ];
    }

    private static decimal Get(this List<(string Measure, decimal Value)> measures, string measure) => measures.Single(m => m.Measure == measure).Value;
}
