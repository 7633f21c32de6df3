using Observatory.Domain.Sharing;
using Observatory.Projections.Roster;
using Observatory.Projections.Timeline;

namespace Observatory.Projections.Evaluations;

/// <summary>
/// The report's four thematic areas in the cycle: every area is listed, so an area nobody touched shows as a gap
/// rather than disappearing.
/// </summary>
internal static class CoverageSection
{
    public static IReadOnlyList<AreaCoverage> Build(EvaluationInputs inputs, EvaluationCycle cycle)
    {
        var period = cycle.Period;
        var facts = inputs.Timeline.Sharing;
        var practices = facts.Practices.Values.Where(p => period.Contains(p.Meta.OccurredOn)).SelectMany(p => p.Fact.ThematicAreas).ToList();
        var resources = facts.Resources.Values.Where(r => period.Contains(r.Meta.OccurredOn)).SelectMany(r => r.Fact.ThematicAreas ?? []).ToList();
        var posts = facts.Posts.Values.Where(p => period.Contains(p.Meta.OccurredOn) && p.Fact.ThematicArea is not null)
            .Select(p => p.Fact.ThematicArea!.Value).ToList();
        var groups = inputs.WorkingGroups.Formed.Values.Where(g => period.Contains(g.Fact.FormedOn) && g.Fact.ThematicArea is not null)
            .Select(g => g.Fact.ThematicArea!.Value).ToList();
        var tasks = inputs.Cycles.Tasks.Where(t => t.Stream == cycle.Stream && t.Task.ThematicArea is not null)
            .Select(t => t.Task.ThematicArea!.Value).ToList();

        return [.. Enum.GetValues<ThematicArea>().Select(area =>
        {
            int Count(List<ThematicArea> tagged) => tagged.Count(a => a == area);
            var line = new AreaCoverage(Keys.Of(area), Count(practices), Count(resources), Count(posts), Count(groups), Count(tasks), false);
            return line with { Covered = line.PracticesShared + line.ResourcesPublished + line.BoardPosts + line.WorkingGroups + line.TasksPlanned > 0 };
        }).OrderBy(a => TimelineView.AllAreas.ToList().IndexOf(a.Area))];
    }
}
