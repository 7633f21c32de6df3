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
    // A dashboard computes this view on every request from a state of thousands of facts, so the counting is one pass
    // over them into dictionaries keyed by numbers, sorted once; grouping by formatted period strings with LINQ was
    // most of a 40-partner, 5,000-event network's page (profiled). The result is the same, row for row.
    public static Timeline Build(TimelineState state, TimelineQuery query)
    {
        var months = new Dictionary<(string PartnerId, int Month), int[]>();
        foreach (var a in SharingActivities.Of(state.Sharing))
        {
            if (a.On > query.AsOf)
                continue;
            var key = (a.PartnerId, Period.MonthIndex(a.On));
            if (!months.TryGetValue(key, out var counts))
                months[key] = counts = new int[Kinds];
            counts[(int)a.Kind]++;
        }
        var quarters = new Dictionary<(string PartnerId, int Quarter), int[]>();
        foreach (var (key, counts) in months)
        {
            var quarter = (key.PartnerId, key.Month / 3);
            if (!quarters.TryGetValue(quarter, out var sum))
                quarters[quarter] = sum = new int[Kinds];
            for (var k = 0; k < Kinds; k++)
                sum[k] += counts[k];
        }
        var partners = RosterView.Partners(state.Roster);
        var active = months.Keys.GroupBy(k => k.PartnerId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(k => k.Month).Order().ToList(), StringComparer.Ordinal);
        var silences = Silence.Of(partners, active, query.AsOf);
        return new Timeline(
            query.AsOf,
            Rows(months, MonthKey),
            Rows(quarters, QuarterKey),
            Areas(state.Sharing, query.AsOf),
            silences,
            [.. silences.Where(s => s.CurrentSilenceMonths > query.SilentForMoreThanMonths
                    && (!partners.TryGetValue(s.PartnerId, out var p) || p.IsMemberOn(query.AsOf)))
                .Select(s => s.PartnerId)]);
    }

    private static readonly int Kinds = Enum.GetValues<ActivityKind>().Length;

    /// <summary>In period order, then partner order: the order of the keys' strings ("2022-06", "2022-Q2"), which sort as their numbers.</summary>
    private static List<PartnerPeriodActivity> Rows(Dictionary<(string PartnerId, int Index), int[]> cells, Func<int, string> key)
    {
        var keys = cells.Keys.ToArray();
        Array.Sort(keys, (a, b) => a.Index != b.Index ? a.Index.CompareTo(b.Index) : string.CompareOrdinal(a.PartnerId, b.PartnerId));
        var rows = new List<PartnerPeriodActivity>(keys.Length);
        foreach (var k in keys)
        {
            var c = cells[k];
            rows.Add(new PartnerPeriodActivity(k.PartnerId, key(k.Index), new ActivityCounts(
                c[(int)ActivityKind.Shared], c[(int)ActivityKind.Hosted], c[(int)ActivityKind.Attended], c[(int)ActivityKind.Published], c[(int)ActivityKind.Communicated])));
        }
        return rows;
    }

    private static string MonthKey(int month) => $"{month / 12:D4}-{month % 12 + 1:D2}";

    private static string QuarterKey(int quarter) => $"{quarter / 4:D4}-Q{quarter % 4 + 1}";

    private static IReadOnlyList<AreaPeriodActivity> Areas(SharingFacts facts, DateOnly asOf)
    {
        // Per area: [quarter index or AllQuarters] → shared, published, communicated.
        var cells = new Dictionary<(ThematicArea Area, int Quarter), int[]>();
        void Count(ThematicArea area, DateOnly on, int kind)
        {
            foreach (var quarter in (ReadOnlySpan<int>)[(on.Year * 12 + on.Month - 1) / 3, AllQuarters])
            {
                if (!cells.TryGetValue((area, quarter), out var c))
                    cells[(area, quarter)] = c = new int[3];
                c[kind]++;
            }
        }
        foreach (var p in facts.Practices.Values)
            if (p.Meta.OccurredOn <= asOf)
                foreach (var area in p.Fact.ThematicAreas)
                    Count(area, p.Meta.OccurredOn, 0);
        foreach (var r in facts.Resources.Values)
            if (r.Meta.OccurredOn <= asOf)
                foreach (var area in r.Fact.ThematicAreas ?? [])
                    Count(area, r.Meta.OccurredOn, 1);
        foreach (var p in facts.Posts.Values)
            if (p.Meta.OccurredOn <= asOf && p.Fact.ThematicArea is { } area)
                Count(area, p.Meta.OccurredOn, 2);
        return [.. cells.Select(kv => new AreaPeriodActivity(Keys.Of(kv.Key.Area), kv.Key.Quarter == AllQuarters ? "all" : QuarterKey(kv.Key.Quarter),
                kv.Value[0], kv.Value[1], kv.Value[2]))
            .OrderBy(a => a.Area, StringComparer.Ordinal).ThenBy(a => a.Period, StringComparer.Ordinal)];
    }

    private const int AllQuarters = int.MaxValue;

    /// <summary>The report's four areas, for callers that want every area listed even when nothing touched it.</summary>
    public static IReadOnlyList<string> AllAreas { get; } = [.. Enum.GetValues<ThematicArea>().Select(Keys.Of)];
}
