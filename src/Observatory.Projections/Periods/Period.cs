namespace Observatory.Projections.Periods;

/// <summary>
/// A span of business days, both ends included, with the label views show ("2022-06", "2022-Q2", "2022",
/// "term 1 (bytow-municipality)"). Months, quarters and years are calendar ones; leadership terms come from the network.
/// </summary>
public sealed record Period(DateOnly From, DateOnly To, string Label)
{
    public bool Contains(DateOnly day) => From <= day && day <= To;

    public static Period Month(int year, int month) =>
        new(new DateOnly(year, month, 1), new DateOnly(year, month, 1).AddMonths(1).AddDays(-1), MonthKey(new DateOnly(year, month, 1)));

    public static Period Quarter(int year, int quarter) =>
        new(new DateOnly(year, (quarter - 1) * 3 + 1, 1), new DateOnly(year, (quarter - 1) * 3 + 1, 1).AddMonths(3).AddDays(-1), $"{year}-Q{quarter}");

    public static Period CalendarYear(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), $"{year}");

    public static Period Range(DateOnly from, DateOnly to) =>
        to < from ? throw new ArgumentException($"The range ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).", nameof(to))
            : new(from, to, $"{from:yyyy-MM-dd}..{to:yyyy-MM-dd}");

    public static Period MonthOf(DateOnly day) => Month(day.Year, day.Month);

    public static Period QuarterOf(DateOnly day) => Quarter(day.Year, (day.Month - 1) / 3 + 1);

    public static Period YearOf(DateOnly day) => CalendarYear(day.Year);

    public static string MonthKey(DateOnly day) => $"{day.Year:D4}-{day.Month:D2}";

    public static string QuarterKey(DateOnly day) => $"{day.Year:D4}-Q{(day.Month - 1) / 3 + 1}";

    /// <summary>Months counted from year 0, so that the gap between two months is a subtraction.</summary>
    public static int MonthIndex(DateOnly day) => day.Year * 12 + day.Month - 1;
}
