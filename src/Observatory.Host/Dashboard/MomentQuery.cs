using System.Globalization;
using Microsoft.AspNetCore.Http;
using Observatory.Projections.Replay;

namespace Observatory.Host.Dashboard;

/// <summary>The as-of parameters: at most one of <c>at</c> (a log position), <c>known-at</c> (an instant) and <c>happened-by</c> (a date).</summary>
public static class MomentQuery
{
    public const string At = "at", KnownAt = "known-at", HappenedBy = "happened-by";

    /// <returns>The moment and the day the page treats as today, or the parameter at fault and its rule.</returns>
    public static (AsOf AsOf, DateOnly Today, string? Parameter, string? Rule) Parse(IQueryCollection query, long head, DateTimeOffset now)
    {
        var given = new[] { At, KnownAt, HappenedBy }.Where(query.ContainsKey).ToList();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (given.Count == 0)
            return (AsOf.Now, today, null, null);
        if (given.Count > 1)
            return Fail(given[1], $"give at most one of {At}, {KnownAt} and {HappenedBy} (got {string.Join(", ", given)})");
        var name = given[0];
        if (query[name].Count != 1)
            return Fail(name, "give it once");
        var text = query[name].ToString().Trim();
        switch (name)
        {
            case At:
                if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var position) || position < 1 || position > head)
                    return Fail(At, $"must be a whole log position from 1 to {head} (the head), got '{text}'");
                return (new AsOf.AtPosition(position), today, null, null);
            case KnownAt:
                if (!text.Contains('T', StringComparison.Ordinal)
                    || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant))
                    return Fail(KnownAt, $"must be an ISO 8601 instant such as 2023-04-01T12:00:00Z, got '{text}'");
                return (new AsOf.KnownAt(instant), DateOnly.FromDateTime(instant.UtcDateTime), null, null);
            default:
                if (PeriodChoice.Date(text) is not { } day)
                    return Fail(HappenedBy, $"must be a date as YYYY-MM-DD, got '{text}'");
                return (new AsOf.HappenedBy(day), day, null, null);
        }
    }

    private static (AsOf, DateOnly, string?, string?) Fail(string parameter, string rule) => (AsOf.Now, default, parameter, rule);
}
