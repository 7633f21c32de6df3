using System.Runtime.CompilerServices;
using Observatory.Domain.Sharing;
using Observatory.Projections.Periods;
using Observatory.Projections.Roster;
using Observatory.Projections.Sharing;

namespace Observatory.Projections.Timeline;

/// <summary>
/// What the timeline is asked: facts up to <see cref="AsOf"/> (business days), silences measured up to that day, and
/// partners named silent when their current silence is longer than <see cref="SilentForMoreThanMonths"/>.
/// </summary>
public sealed record TimelineQuery(DateOnly AsOf, int SilentForMoreThanMonths = 3);

public sealed record ActivityCounts(int Shared, int Hosted, int Attended, int Published, int Communicated)
{
    public static ActivityCounts Zero { get; } = new(0, 0, 0, 0, 0);

    public int Total => Shared + Hosted + Attended + Published + Communicated;

    public ActivityCounts Add(ActivityKind kind) => kind switch
    {
        ActivityKind.Shared => this with { Shared = Shared + 1 },
        ActivityKind.Hosted => this with { Hosted = Hosted + 1 },
        ActivityKind.Attended => this with { Attended = Attended + 1 },
        ActivityKind.Published => this with { Published = Published + 1 },
        _ => this with { Communicated = Communicated + 1 },
    };
}

/// <summary>One partner in one month ("2022-06") or quarter ("2022-Q2"); only periods with activity are listed.</summary>
public sealed record PartnerPeriodActivity(string PartnerId, string Period, ActivityCounts Counts);

/// <summary>A thematic area in one quarter, or over everything ("all"): practices shared, resources published, board posts.</summary>
public sealed record AreaPeriodActivity(string Area, string Period, int Shared, int Published, int Communicated);

public sealed record Timeline(
    DateOnly AsOf,
    IReadOnlyList<PartnerPeriodActivity> Months,
    IReadOnlyList<PartnerPeriodActivity> Quarters,
    IReadOnlyList<AreaPeriodActivity> Areas,
    IReadOnlyList<PartnerSilence> Silences,
    IReadOnlyList<string> SilentPartners)
{
    // A heatmap asks for every partner in every period: looked up in an index built once per timeline, not scanned
    // per cell (that scan was most of a 40-partner dashboard's rendering). Kept beside the record, not in it, so the
    // record's equality stays that of its data.
    private static readonly ConditionalWeakTable<Timeline, Index> Indexes = new();

    public ActivityCounts For(string partnerId, string period) =>
        Indexes.GetValue(this, Index.Of).Cells.GetValueOrDefault((partnerId, period)) ?? ActivityCounts.Zero;

    /// <summary>The network's total for a month or quarter, over all partners.</summary>
    public ActivityCounts Network(string period) =>
        Indexes.GetValue(this, Index.Of).Totals.GetValueOrDefault(period) ?? ActivityCounts.Zero;

    private sealed record Index(Dictionary<(string PartnerId, string Period), ActivityCounts> Cells, Dictionary<string, ActivityCounts> Totals)
    {
        public static Index Of(Timeline timeline)
        {
            var cells = new Dictionary<(string, string), ActivityCounts>();
            var totals = new Dictionary<string, ActivityCounts>(StringComparer.Ordinal);
            foreach (var p in timeline.Months.Concat(timeline.Quarters))
            {
                cells.TryAdd((p.PartnerId, p.Period), p.Counts);
                var sum = totals.GetValueOrDefault(p.Period) ?? ActivityCounts.Zero;
                totals[p.Period] = new(sum.Shared + p.Counts.Shared, sum.Hosted + p.Counts.Hosted, sum.Attended + p.Counts.Attended,
                    sum.Published + p.Counts.Published, sum.Communicated + p.Counts.Communicated);
            }
            return new Index(cells, totals);
        }
    }
}

public static class TimelineView
{
    public static Timeline Build(TimelineState state, TimelineQuery query)
    {
        var activities = SharingActivities.Of(state.Sharing).Where(a => a.On <= query.AsOf).ToList();
        var partners = RosterView.Partners(state.Roster);
        var silences = Silence.Of(partners, activities, query.AsOf);
        return new Timeline(
            query.AsOf,
            PerPeriod(activities, Period.MonthKey),
            PerPeriod(activities, Period.QuarterKey),
            Areas(state.Sharing, query.AsOf),
            silences,
            [.. silences.Where(s => s.CurrentSilenceMonths > query.SilentForMoreThanMonths
                    && (!partners.TryGetValue(s.PartnerId, out var p) || p.IsMemberOn(query.AsOf)))
                .Select(s => s.PartnerId)]);
    }

    private static IReadOnlyList<PartnerPeriodActivity> PerPeriod(IEnumerable<PartnerActivity> activities, Func<DateOnly, string> periodOf) =>
        [.. activities.GroupBy(a => (a.PartnerId, Period: periodOf(a.On)))
            .Select(g => new PartnerPeriodActivity(g.Key.PartnerId, g.Key.Period, g.Aggregate(ActivityCounts.Zero, (c, a) => c.Add(a.Kind))))
            .OrderBy(p => p.Period, StringComparer.Ordinal).ThenBy(p => p.PartnerId, StringComparer.Ordinal)];

    private static IReadOnlyList<AreaPeriodActivity> Areas(SharingFacts facts, DateOnly asOf)
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

    /// <summary>The report's four areas, for callers that want every area listed even when nothing touched it.</summary>
    public static IReadOnlyList<string> AllAreas { get; } = [.. Enum.GetValues<ThematicArea>().Select(Keys.Of)];
}
