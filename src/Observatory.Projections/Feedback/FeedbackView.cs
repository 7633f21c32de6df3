using Observatory.Domain.Feedback;
using Observatory.Projections.Periods;
using Observatory.Projections.Roster;

namespace Observatory.Projections.Feedback;

/// <summary>A cell of a breakdown: its count (rounded, see <see cref="SmallCells"/>), or only the fact that it was suppressed.</summary>
public sealed record FeedbackCell(string Key, int? Count, bool Suppressed);

/// <summary>
/// <see cref="SuppressedEntries"/> is how many entries the suppressed cells hold together, rounded; null when the
/// whole breakdown is below the minimum, since it would then be the total itself.
/// </summary>
public sealed record FeedbackBreakdown(string Dimension, IReadOnlyList<FeedbackCell> Cells, int? SuppressedEntries);

/// <summary>
/// The total is itself a cell: with fewer than the minimum entries overall, it is suppressed too. Sensitive
/// feedback is never broken down: it is in no breakdown and in <see cref="Total"/> not at all, only in
/// <see cref="Sensitive"/>, one more total that is suppressed below the minimum like any other.
/// </summary>
public sealed record FeedbackSummary(FeedbackCell Total, IReadOnlyList<FeedbackBreakdown> Breakdowns, FeedbackCell? Sensitive = null)
{
    public FeedbackBreakdown By(string dimension) => Breakdowns.Single(b => b.Dimension == dimension);
}

public static class FeedbackView
{
    /// <summary>Dashboards and exports never show a breakdown of fewer than this many feedback entries (DESIGN, privacy).</summary>
    public const int MinimumCell = SmallCells.Minimum;

    public static readonly IReadOnlyList<string> Dimensions = ["theme", "channel", "territory", "partner", "sentiment", "type"];

    /// <summary>Counts by theme, channel, territory, partner, sentiment and type over <paramref name="period"/> (all when null).</summary>
    public static FeedbackSummary Build(FeedbackState state, Period? period = null)
    {
        var inPeriod = state.Entries.Values.Where(e => period?.Contains(e.Meta.OccurredOn) ?? true).Select(e => e.Fact).ToList();
        var entries = inPeriod.Where(e => !e.Sensitive).ToList();
        return new FeedbackSummary(SmallCells.Total("total", entries.Count),
        [
            Breakdown("theme", entries, e => e.Theme),
            Breakdown("channel", entries, e => Keys.Of(e.Channel)),
            Breakdown("territory", entries, e => e.Territory ?? Keys.Unspecified),
            Breakdown("partner", entries, e => e.PartnerId),
            Breakdown("sentiment", entries, SentimentOf),
            Breakdown("type", entries, e => e.Type is { } type ? Keys.Of(type) : Keys.Unspecified),
        ], SmallCells.Total("sensitive", inPeriod.Count - entries.Count));
    }

    /// <summary>Feedback gives a sentiment or a rating; a rating alone reads 1–2 negative, 3 neutral, 4–5 positive.</summary>
    public static string SentimentOf(FeedbackFacts facts) => facts switch
    {
        { Sentiment: { } sentiment } => Keys.Of(sentiment),
        { Rating: <= 2 } => Keys.Of(Sentiment.Negative),
        { Rating: 3 } => Keys.Of(Sentiment.Neutral),
        { Rating: >= 4 } => Keys.Of(Sentiment.Positive),
        _ => Keys.Unspecified,
    };

    private static FeedbackBreakdown Breakdown(string dimension, IReadOnlyList<FeedbackFacts> entries, Func<FeedbackFacts, string> key) =>
        SmallCells.Breakdown(dimension, [.. entries.GroupBy(key, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count()))]);
}
