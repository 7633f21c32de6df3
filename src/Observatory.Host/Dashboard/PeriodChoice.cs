using System.Globalization;
using System.Text.RegularExpressions;
using Observatory.Projections.Periods;
using Observatory.Projections.Roster;

namespace Observatory.Host.Dashboard;

/// <summary>
/// The <c>period</c> parameter: <c>term</c> (the current leadership term, the default), <c>term-N</c>, <c>all</c>, a year
/// (<c>2023</c>), a quarter (<c>2023-Q1</c>), a month (<c>2023-03</c>) or a range of days (<c>2022-06-01..2023-05-31</c>).
/// </summary>
public static partial class PeriodChoice
{
    public const string Rule = "expected term, term-N, all, YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD..YYYY-MM-DD";

    /// <returns>The period, or an error message that names the rule broken.</returns>
    public static (Period? Period, string? Error) Parse(string? text, IReadOnlyList<LeadershipTermPeriod> terms, DateOnly today, DateOnly since)
    {
        var value = text?.Trim() ?? "";
        if (value is "" or "term")
            return (CurrentTerm(terms, today)?.Period ?? All(since, today), null);
        if (value == "all")
            return (All(since, today), null);
        if (TermPattern().Match(value) is { Success: true } term)
        {
            var number = int.Parse(term.Groups[1].Value, CultureInfo.InvariantCulture);
            return terms.FirstOrDefault(t => t.Number == number) is { } found
                ? (found.Period, null)
                : (null, $"there is no leadership term {number} (the network has {terms.Count})");
        }
        if (YearPattern().IsMatch(value))
            return (Period.CalendarYear(int.Parse(value, CultureInfo.InvariantCulture)), null);
        if (QuarterPattern().Match(value) is { Success: true } quarter)
            return (Period.Quarter(int.Parse(quarter.Groups[1].Value, CultureInfo.InvariantCulture), quarter.Groups[2].Value[0] - '0'), null);
        if (MonthPattern().Match(value) is { Success: true } month)
        {
            var m = int.Parse(month.Groups[2].Value, CultureInfo.InvariantCulture);
            return m is >= 1 and <= 12 ? (Period.Month(int.Parse(month.Groups[1].Value, CultureInfo.InvariantCulture), m), null) : (null, Rule);
        }
        var parts = value.Split("..");
        if (parts.Length == 2 && Date(parts[0]) is { } from && Date(parts[1]) is { } to)
            return to < from ? (null, $"the range ends ({parts[1]}) before it starts ({parts[0]})") : (Period.Range(from, to), null);
        return (null, Rule);
    }

    /// <summary>The term running today, else the latest one that has started: a leader's term stays "current" until handed over.</summary>
    public static LeadershipTermPeriod? CurrentTerm(IReadOnlyList<LeadershipTermPeriod> terms, DateOnly today) =>
        terms.LastOrDefault(t => t.From <= today && today <= t.To) ?? terms.LastOrDefault(t => t.From <= today) ?? terms.LastOrDefault();

    private static Period All(DateOnly since, DateOnly today) => new(since, today < since ? since : today, "all");

    public static DateOnly? Date(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    [GeneratedRegex(@"^term-(\d{1,3})$")]
    private static partial Regex TermPattern();

    [GeneratedRegex(@"^\d{4}$")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"^(\d{4})-Q([1-4])$")]
    private static partial Regex QuarterPattern();

    [GeneratedRegex(@"^(\d{4})-(\d{2})$")]
    private static partial Regex MonthPattern();
}
