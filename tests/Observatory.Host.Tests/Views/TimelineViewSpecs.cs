using System.Text.Json;
using Observatory.Projections;
using Observatory.Projections.Periods;
using Observatory.Projections.Roster;
using Observatory.Projections.Sharing;
using Observatory.Projections.Timeline;

namespace Observatory.Host.Tests.Views;

/// <summary>
/// The timeline view counts in one pass for speed; here it must equal, row for row, the view's plain definition
/// (group the activities by partner and period, order by period and partner) over a generated 10-year network.
/// </summary>
public sealed class TimelineViewSpecs
{
    [Fact]
    public void The_timeline_of_a_generated_network_is_its_plain_definition_on_every_day_asked()
    {
        var state = GeneratedHistory.State<TimelineState>(TimelineProjection.Instance);

        foreach (var day in GeneratedHistory.Days())
        {
            var expected = Definition(state, new TimelineQuery(day));
            var actual = TimelineView.Build(state, new TimelineQuery(day));
            Assert.Equal(Json(expected), Json(actual));
        }
        Assert.NotEmpty(TimelineView.Build(state, new TimelineQuery(GeneratedHistory.Days().Last())).Months);
    }

    private static string Json(Timeline timeline) => JsonSerializer.Serialize(timeline, ProjectionJson.Options);

    private static Timeline Definition(TimelineState state, TimelineQuery query)
    {
        var activities = SharingActivities.Of(state.Sharing).Where(a => a.On <= query.AsOf).ToList();
        var partners = RosterView.Partners(state.Roster);
        var months = activities.GroupBy(a => a.PartnerId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(a => Period.MonthIndex(a.On)).Distinct().Order().ToList(), StringComparer.Ordinal);
        var silences = Silence.Of(partners, months, query.AsOf);
        return new Timeline(query.AsOf, PerPeriod(activities, Period.MonthKey), PerPeriod(activities, Period.QuarterKey), Areas(state.Sharing, query.AsOf),
            silences,
            [.. silences.Where(s => s.CurrentSilenceMonths > query.SilentForMoreThanMonths
                    && (!partners.TryGetValue(s.PartnerId, out var p) || p.IsMemberOn(query.AsOf)))
                .Select(s => s.PartnerId)]);
    }

    private static List<PartnerPeriodActivity> PerPeriod(IEnumerable<PartnerActivity> activities, Func<DateOnly, string> periodOf) =>
        [.. activities.GroupBy(a => (a.PartnerId, Period: periodOf(a.On)))
            .Select(g => new PartnerPeriodActivity(g.Key.PartnerId, g.Key.Period, g.Aggregate(ActivityCounts.Zero, (c, a) => c.Add(a.Kind))))
            .OrderBy(p => p.Period, StringComparer.Ordinal).ThenBy(p => p.PartnerId, StringComparer.Ordinal)];

    private static List<AreaPeriodActivity> Areas(SharingFacts facts, DateOnly asOf)
    {
        var tagged = facts.Practices.Values.Where(p => p.Meta.OccurredOn <= asOf)
                .SelectMany(p => p.Fact.ThematicAreas.Select(area => (area, p.Meta.OccurredOn, Kind: ActivityKind.Shared)))
            .Concat(facts.Resources.Values.Where(r => r.Meta.OccurredOn <= asOf)
                .SelectMany(r => (r.Fact.ThematicAreas ?? []).Select(area => (area, r.Meta.OccurredOn, Kind: ActivityKind.Published))))
            .Concat(facts.Posts.Values.Where(p => p.Meta.OccurredOn <= asOf && p.Fact.ThematicArea is not null)
                .Select(p => (area: p.Fact.ThematicArea!.Value, p.Meta.OccurredOn, Kind: ActivityKind.Communicated)))
            .ToList();
        var quarters = tagged.GroupBy(t => (t.area, Period: Period.QuarterKey(t.OccurredOn)));
        var totals = tagged.GroupBy(t => (t.area, Period: "all"));
        return [.. quarters.Concat(totals)
            .Select(g => new AreaPeriodActivity(Keys.Of(g.Key.area), g.Key.Period,
                g.Count(t => t.Kind == ActivityKind.Shared), g.Count(t => t.Kind == ActivityKind.Published), g.Count(t => t.Kind == ActivityKind.Communicated)))
            .OrderBy(a => a.Area, StringComparer.Ordinal).ThenBy(a => a.Period, StringComparer.Ordinal)];
    }
}
