using Observatory.Projections.Periods;
using Observatory.Projections.Recommendations;
using Observatory.Projections.Resources;
using Observatory.Projections.WorkingGroups;

namespace Observatory.Projections.Evaluations;

/// <summary>The sections cut from the registries: working groups, resources, migrant participation, outcomes and the year plan.</summary>
internal static class OutcomeSections
{
    public static WorkingGroupsSection WorkingGroups(EvaluationInputs inputs, Period period)
    {
        var groups = WorkingGroupsView.Registry(inputs.WorkingGroups, period.To)
            .Where(g => g.ClosedOn is null || g.ClosedOn >= period.From).ToList();
        return new WorkingGroupsSection(groups, groups.Count(g => period.Contains(g.FormedOn)));
    }

    public static ResourcesSection Resources(EvaluationInputs inputs, Period period)
    {
        var items = ResourceLibraryView.Build(inputs.Resources).Items.Where(i => period.Contains(i.PublishedOn)).ToList();
        return new ResourcesSection(items, Count(items.Select(i => i.Kind)), Count(items.Select(i => i.Language)),
            items.Count(i => i.FromPartner), items.Count(i => !i.FromPartner));
    }

    public static MigrantParticipationSection MigrantParticipation(EvaluationInputs inputs, Period period)
    {
        var lines = inputs.Cycles.Involvements.Where(i => period.Contains(i.InvolvedOn))
            .OrderBy(i => i.InvolvedOn).ThenBy(i => i.Role, StringComparer.Ordinal).ThenBy(i => i.InvolvedIn, StringComparer.Ordinal)
            .Select(i => new InvolvementLine(i.Role, i.InvolvedIn, i.InvolvedOn, i.PartnerId)).ToList();
        return new MigrantParticipationSection(lines.Count, lines);
    }

    public static OutcomesSection Outcomes(EvaluationInputs inputs, Period period)
    {
        var all = RecommendationsView.Build(inputs.Recommendations);
        // Follow-ups after the period's end are the next cycle's business: the status shown is the one at the end.
        Outcome AsAtEnd(Outcome o)
        {
            var followUps = o.FollowUps.Where(f => f.On <= period.To).ToList();
            return o with { FollowUps = followUps, Status = followUps.Count > 0 ? followUps[^1].Status : RecommendationsView.Adopted };
        }
        var conclusions = all.Conclusions.Where(c => period.Contains(c.AdoptedOn)).ToList();
        var recommendations = all.Recommendations
            .Where(r => period.Contains(r.AdoptedOn) || r.FollowUps.Any(f => period.Contains(f.On)))
            .Select(AsAtEnd).ToList();
        return new OutcomesSection(conclusions, recommendations, Count(recommendations.Select(r => r.Status)),
            recommendations.Sum(r => r.FollowUps.Count(f => period.Contains(f.On))));
    }

    public static PlanSection Plan(EvaluationInputs inputs, EvaluationCycle cycle) => new(
        [.. inputs.Cycles.Targets.Where(t => t.Stream == cycle.Stream)
            .Select(t => new TargetLine(t.Target.IndicatorKey, t.Target.TargetValue, t.Target.StartsOn, t.Target.EndsOn))],
        [.. inputs.Cycles.Tasks.Where(t => t.Stream == cycle.Stream).OrderBy(t => t.Task.DueOn).ThenBy(t => t.Task.TaskId, StringComparer.Ordinal)
            .Select(t => new TaskLine(t.Task.TaskId, t.Task.Title, t.Task.PartnerId, t.Task.DueOn,
                t.Task.ThematicArea is { } area ? Roster.Keys.Of(area) : null))]);

    private static SortedDictionary<string, int> Count(IEnumerable<string> keys) =>
        new(keys.GroupBy(k => k, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal), StringComparer.Ordinal);
}
