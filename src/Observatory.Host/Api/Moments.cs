using System.Globalization;
using Observatory.Domain.Recording;
using Observatory.Projections.Replay;

namespace Observatory.Host.Api;

/// <summary>
/// Moments named in one word, for the two ends of a diff: <c>now</c>, <c>at:78</c> (or just <c>78</c>), a log position;
/// <c>known-at:2023-04-01T00:00:00Z</c>, what had been recorded by an instant; <c>happened-by:2022-12-31</c>, what had
/// happened by a business day as known now.
/// </summary>
public static class Moments
{
    public static (AsOf? Moment, string? Rule) Parse(string? text, long head)
    {
        var value = (text ?? "").Trim();
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        var (kind, argument) = colon > 0 ? (value[..colon], value[(colon + 1)..]) : (value.All(char.IsAsciiDigit) && value.Length > 0 ? "at" : value, value);
        return kind switch
        {
            "now" => (AsOf.Now, null),
            "at" when long.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p >= 1 && p <= head =>
                (new AsOf.AtPosition(p), null),
            "known-at" when argument.Contains('T', StringComparison.Ordinal) && DateTimeOffset.TryParse(argument, CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var k) => (new AsOf.KnownAt(k), null),
            "happened-by" when DateOnly.TryParseExact(argument, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var h) =>
                (new AsOf.HappenedBy(h), null),
            _ => (null, $"must be now, at:P (a position from 1 to {head}), known-at:ISO-8601 instant or happened-by:yyyy-MM-dd, not '{value}'"),
        };
    }

    public static string Describe(AsOf asOf) => asOf switch
    {
        AsOf.AtPosition at => $"at:{at.Position.ToString(CultureInfo.InvariantCulture)}",
        AsOf.KnownAt known => $"known-at:{known.RecordedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)}",
        AsOf.HappenedBy by => $"happened-by:{by.BusinessDate:yyyy-MM-dd}",
        _ => "now",
    };

    /// <summary>The business day a view is cut at: the day asked for, else the latest day the replayed facts carry.</summary>
    public static DateOnly DayOf(AsOf asOf, IReadOnlyList<RecordedEvent> selected) =>
        asOf is AsOf.HappenedBy by ? by.BusinessDate
        : selected.Count == 0 ? DateOnly.MinValue
        : DateOnly.FromDateTime(selected.Max(e => e.OccurredOn).UtcDateTime);
}
