using Observatory.Domain.DeclaredIndicators;
using Observatory.Projections.Roster;

namespace Observatory.Projections.Periods;

/// <summary>The periods of one kind that cover a span of days: the rows of an indicator table.</summary>
public static class PeriodSeries
{
    /// <param name="terms">Leadership terms, used only for <see cref="IndicatorPeriod.LeadershipTerm"/>.</param>
    public static IReadOnlyList<Period> Covering(IndicatorPeriod kind, DateOnly from, DateOnly to, IReadOnlyList<LeadershipTermPeriod> terms)
    {
        if (to < from)
            return [];
        return kind switch
        {
            IndicatorPeriod.Month => Walk(Period.MonthOf(from), p => Period.MonthOf(p.To.AddDays(1)), to),
            IndicatorPeriod.Quarter => Walk(Period.QuarterOf(from), p => Period.QuarterOf(p.To.AddDays(1)), to),
            IndicatorPeriod.CalendarYear => Walk(Period.YearOf(from), p => Period.YearOf(p.To.AddDays(1)), to),
            IndicatorPeriod.LeadershipTerm => [.. terms.Where(t => t.From <= to && t.To >= from).Select(t => t.Period)],
            _ => [Period.Range(from, to)],
        };
    }

    private static List<Period> Walk(Period first, Func<Period, Period> next, DateOnly to)
    {
        var periods = new List<Period>();
        for (var period = first; period.From <= to; period = next(period))
            periods.Add(period);
        return periods;
    }
}
