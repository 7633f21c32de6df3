using System.Globalization;
using Microsoft.AspNetCore.Http;
using Observatory.Projections.Board;
using Observatory.Projections.Roster;
using Observatory.Projections.Timeline;

namespace Observatory.Host.Board;

/// <summary>
/// The board's query string: <c>partner</c>, <c>theme</c> and <c>kind</c> filter (wire spellings; empty means any);
/// <c>days</c> is the age after which a question without an answer is flagged (default 14). Anything else is a problem
/// that names the parameter, never a silently empty board.
/// </summary>
public static class BoardRequest
{
    public const int MaxDays = 3650;

    public static (BoardQuery? Query, string? Parameter, string? Rule) Parse(IQueryCollection query, DateOnly today,
        IReadOnlyDictionary<string, Partner> partners)
    {
        var partner = query["partner"].ToString().Trim();
        var theme = query["theme"].ToString().Trim();
        var kind = query["kind"].ToString().Trim();
        var daysText = query["days"].ToString().Trim();
        var days = BoardQuery.DefaultUnansweredAfterDays;
        if (daysText.Length > 0 && (!int.TryParse(daysText, NumberStyles.None, CultureInfo.InvariantCulture, out days) || days > MaxDays))
            return (null, "days", $"must be a whole number of days from 0 to {MaxDays}");
        if (partner.Length > 0 && !partners.ContainsKey(partner))
            return (null, "partner", "must be a partner of the network");
        if (theme.Length > 0 && !TimelineView.AllAreas.Contains(theme, StringComparer.Ordinal))
            return (null, "theme", $"must be one of {string.Join(", ", TimelineView.AllAreas)}");
        if (kind.Length > 0 && !BoardView.AllKinds.Contains(kind, StringComparer.Ordinal))
            return (null, "kind", $"must be one of {string.Join(", ", BoardView.AllKinds)}");
        return (new BoardQuery(today, days, Blank(partner), Blank(theme), Blank(kind)), null, null);
    }

    private static string? Blank(string value) => value.Length == 0 ? null : value;
}
