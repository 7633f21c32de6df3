using Observatory.Domain.DeclaredIndicators;
using Observatory.Projections.Periods;
using Observatory.Projections.Roster;

namespace Observatory.Projections.Feedback;

/// <summary>A share: <see cref="Value"/> in percent, or suppressed when its denominator counts fewer than the minimum people.</summary>
public sealed record Share(int? Numerator, int? Denominator, decimal? Value, bool Suppressed)
{
    public static Share Of(int numerator, int denominator, bool aboutPeople = true) =>
        aboutPeople && denominator is > 0 and < SmallCells.Minimum ? new(null, null, null, true)
        : denominator == 0 ? new(0, 0, null, false)
        : new(numerator, denominator, Math.Round(100m * numerator / denominator, 1), false);
}

/// <summary>The feedback-loop indicators of one period (a quarter or a leadership term).</summary>
public sealed record FeedbackIndicatorRow(string Period, Share LoopClosure, decimal? MedianResponseDays, bool MedianSuppressed,
    Share SensitiveReferredWithin48Hours, Share MigrantInputToPlanning);

/// <summary>
/// The four indicators issue 6 adds to the catalogue, computed from the feedback read model as of <c>asOf</c>:
/// <list type="bullet">
/// <item><see cref="LoopClosure"/>: in-scope feedback answered within the deadline the network stated (in force on the
/// day it was received) ÷ in-scope feedback that is due (answered, or its deadline passed by <c>asOf</c>). In scope:
/// not referred as out of scope and not sensitive (sensitive cases have their own indicator).</item>
/// <item><see cref="MedianResponseTime"/>: days from receipt to the first response, over non-sensitive feedback
/// answered; suppressed over fewer than 5.</item>
/// <item><see cref="SensitiveReferredWithin48Hours"/>: sensitive feedback referred within 48 hours ÷ sensitive feedback
/// that is due (referred, or 48 hours passed).</item>
/// <item><see cref="MigrantInputToPlanning"/>: plan tasks citing migrant input ÷ plan tasks, by the tasks' due dates.</item>
/// </list>
/// Feedback is placed in a period by the day it was received.
/// </summary>
public static class FeedbackIndicators
{
    public const string LoopClosure = "feedback-loop-closure";
    public const string MedianResponseTime = "feedback-median-response-days";
    public const string SensitiveReferredWithin48Hours = "sensitive-referred-within-48h";
    public const string MigrantInputToPlanning = "migrant-input-to-planning";

    public static readonly TimeSpan SensitiveReferralLimit = TimeSpan.FromHours(48);

    public static IReadOnlyList<string> Keys { get; } = [LoopClosure, MedianResponseTime, SensitiveReferredWithin48Hours, MigrantInputToPlanning];

    public static IReadOnlyList<FeedbackIndicatorRow> ByQuarter(FeedbackState state, DateOnly from, DateOnly to, DateTimeOffset asOf) =>
        [.. PeriodSeries.Covering(IndicatorPeriod.Quarter, from, to, []).Select(p => For(state, p, asOf))];

    public static IReadOnlyList<FeedbackIndicatorRow> ByTerm(FeedbackState state, IReadOnlyList<LeadershipTermPeriod> terms, DateTimeOffset asOf) =>
        [.. terms.Select(t => For(state, t.Period, asOf))];

    public static FeedbackIndicatorRow For(FeedbackState state, Period period, DateTimeOffset asOf)
    {
        var cases = state.Cases.Values.Where(c => c.ReceivedAt <= asOf && period.Contains(Day(c.ReceivedAt))).ToList();
        var ordinary = cases.Where(c => !c.Facts.Sensitive).ToList();
        var median = Median([.. ordinary.Where(c => c.FirstResponseAt <= asOf).Select(c => (c.FirstResponseAt!.Value - c.ReceivedAt).TotalDays)]);
        return new FeedbackIndicatorRow(period.Label,
            Closure(state, ordinary, asOf),
            median is { } m && ordinary.Count(c => c.FirstResponseAt <= asOf) >= SmallCells.Minimum ? Math.Round((decimal)m, 1) : null,
            ordinary.Count(c => c.FirstResponseAt <= asOf) is > 0 and < SmallCells.Minimum,
            Sensitive(cases.Where(c => c.Facts.Sensitive).ToList(), asOf),
            Planning(state.Planning, period));
    }

    private static Share Closure(FeedbackState state, IReadOnlyList<CaseRecord> ordinary, DateTimeOffset asOf)
    {
        var due = ordinary.Where(c => c.InScope && state.DeadlineOn(Day(c.ReceivedAt)) is not null)
            .Select(c => (Case: c, Deadline: c.ReceivedAt.AddDays(state.DeadlineOn(Day(c.ReceivedAt))!.Value)))
            .Where(x => x.Case.FirstResponseAt <= asOf || x.Deadline <= asOf)
            .ToList();
        return Share.Of(due.Count(x => x.Case.FirstResponseAt <= x.Deadline && x.Case.FirstResponseAt <= asOf), due.Count);
    }

    private static Share Sensitive(IReadOnlyList<CaseRecord> sensitive, DateTimeOffset asOf)
    {
        var due = sensitive.Where(c => c.Referral?.At <= asOf || c.ReceivedAt + SensitiveReferralLimit <= asOf).ToList();
        return Share.Of(due.Count(c => c.Referral is { } r && r.At <= asOf && r.At - c.ReceivedAt <= SensitiveReferralLimit), due.Count);
    }

    private static Share Planning(PlanningRecords planning, Period period)
    {
        var tasks = planning.Tasks.Where(t => period.Contains(t.Value.DueOn)).ToList();
        return Share.Of(tasks.Count(t => planning.CitingTasks.Contains(t.Key)), tasks.Count, aboutPeople: false);
    }

    private static double? Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
            return null;
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static DateOnly Day(DateTimeOffset moment) => DateOnly.FromDateTime(moment.UtcDateTime);
}
