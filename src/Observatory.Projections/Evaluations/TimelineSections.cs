using Observatory.Projections.Periods;
using Observatory.Projections.Roster;
using Observatory.Projections.Sharing;
using Observatory.Projections.Timeline;

namespace Observatory.Projections.Evaluations;

/// <summary>The timeline of a period: its facts in order, its quarters, and the partners' silences at its end (<see cref="TimelineView"/>).</summary>
internal static class TimelineSections
{
    public static TimelineSection Build(EvaluationInputs inputs, Period period)
    {
        var facts = inputs.Timeline.Sharing;
        var meetings = facts.Meetings.Values.Where(m => period.Contains(m.Fact.StartsOn))
            .OrderBy(m => m.Fact.StartsOn).ThenBy(m => m.Meta.Stream, StringComparer.Ordinal)
            .Select(m => new MeetingLine(m.Meta.Stream, Keys.Of(m.Fact.Kind), m.Fact.HostPartnerId, m.Fact.StartsOn, m.Fact.EndsOn,
                m.Fact.Place, m.Fact.Theme, m.Fact.Participants.Select(p => p.PartnerId).Distinct(StringComparer.Ordinal).Count(),
                m.Fact.Participants.Any(p => p.Count is not null) ? m.Fact.Participants.Sum(p => p.Count ?? 0) : null,
                m.Fact.OnlineAudience));
        var practices = facts.Practices.Values.Where(p => period.Contains(p.Meta.OccurredOn))
            .OrderBy(p => p.Meta.OccurredOn).ThenBy(p => p.Meta.Stream, StringComparer.Ordinal)
            .Select(p => new PracticeLine(p.Meta.Stream, p.Fact.Title, p.Fact.PartnerId, [.. p.Fact.ThematicAreas.Select(a => Keys.Of(a))],
                p.Meta.OccurredOn, p.Fact.MeetingStream));
        var activities = facts.Activities.Values.Where(a => period.Contains(a.Fact.HeldOn))
            .OrderBy(a => a.Fact.HeldOn).ThenBy(a => a.Meta.Stream, StringComparer.Ordinal)
            .Select(a => new InformationActivityLine(a.Meta.Stream, a.Fact.PartnerId, Keys.Of(a.Fact.Kind), a.Fact.Territory, a.Fact.Title,
                a.Fact.HeldOn, a.Fact.Audience));
        var quarters = SharingActivities.Of(facts).Where(a => period.Contains(a.On))
            .GroupBy(a => Period.QuarterKey(a.On), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new QuarterLine(g.Key, g.Aggregate(ActivityCounts.Zero, (counts, a) => counts.Add(a.Kind))));
        // Silences are measured at the period's end, over everything known before it: a partner silent since before the
        // cycle began is still silent in it.
        var timeline = TimelineView.Build(inputs.Timeline, new TimelineQuery(period.To));
        return new TimelineSection([.. meetings], [.. practices], [.. activities], [.. quarters], timeline.Silences, timeline.SilentPartners);
    }
}
