namespace Observatory.Projections.Feedback;

/// <summary>
/// Statistical disclosure control for every count about migrants (feedback entries, consultation participants).
/// <list type="number">
/// <item>Primary suppression: a cell of 1 to <see cref="Minimum"/> − 1 is not shown.</item>
/// <item>Secondary suppression: the suppressed cells of a breakdown are shown together as one total, so that total
/// must not give a cell away. While fewer than two cells are suppressed, or they hold fewer than
/// <see cref="Minimum"/> together, the next smallest shown cell is suppressed too.</item>
/// <item>Rounding against differencing: every count shown is rounded to the nearest <see cref="Base"/>. Two
/// overlapping queries (a period A and A ∪ B, with B asked for too) give exact differences of exact counts; of
/// rounded counts they give only a range, and every such range still holds at least two values of a suppressed
/// cell, so no combination pins one down (tests/Observatory.Projections.Tests/Feedback/DifferencingSpecs.cs tries).</item>
/// <item>Fewer than <see cref="Minimum"/> in all: nothing is shown but that the breakdown was suppressed.</item>
/// </list>
/// </summary>
public static class SmallCells
{
    public const int Minimum = 5;
    public const int Base = 5;

    /// <summary>Nearest multiple of <see cref="Base"/>, halves up; a shown count (≥ 5) never rounds below 5.</summary>
    public static int Round(int count) => (count + Base / 2) / Base * Base;

    /// <summary>A total: rounded, or suppressed below the minimum.</summary>
    public static FeedbackCell Total(string key, int count) =>
        count < Minimum ? new FeedbackCell(key, null, true) : new FeedbackCell(key, Round(count), false);

    /// <summary>Protects one breakdown; <paramref name="counts"/> are the non-empty cells, the result keeps their order.</summary>
    public static FeedbackBreakdown Breakdown(string dimension, IReadOnlyList<(string Key, int Count)> counts)
    {
        var hidden = Hidden(counts);
        var cells = counts.Select((c, i) => hidden.Contains(i) ? new FeedbackCell(c.Key, null, true) : new FeedbackCell(c.Key, Round(c.Count), false)).ToList();
        var all = counts.Sum(c => c.Count);
        int? suppressed = all == 0 || hidden.Count == 0 ? 0 : all < Minimum ? null : Round(hidden.Sum(i => counts[i].Count));
        return new FeedbackBreakdown(dimension, cells, suppressed);
    }

    private static HashSet<int> Hidden(IReadOnlyList<(string Key, int Count)> counts)
    {
        var all = counts.Sum(c => c.Count);
        if (all < Minimum)
            return [.. Enumerable.Range(0, counts.Count)];
        var hidden = Enumerable.Range(0, counts.Count).Where(i => counts[i].Count < Minimum).ToHashSet();
        if (hidden.Count == 0)
            return hidden;
        // Smallest first, ties by position, so the same counts always hide the same cells.
        var shown = Enumerable.Range(0, counts.Count).Where(i => !hidden.Contains(i)).OrderBy(i => counts[i].Count).ThenBy(i => i).ToList();
        foreach (var next in shown)
        {
            if (hidden.Count >= 2 && hidden.Sum(i => counts[i].Count) >= Minimum)
                break;
            hidden.Add(next);
        }
        return hidden;
    }
}
