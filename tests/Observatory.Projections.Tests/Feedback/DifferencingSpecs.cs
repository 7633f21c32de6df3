using Observatory.Domain.Feedback;
using Observatory.Domain.Recording;
using Observatory.Projections.Feedback;
using Observatory.Projections.Periods;
using Observatory.Projections.Replay;
using Observatory.Projections.Tests.Seed;

namespace Observatory.Projections.Tests.Feedback;

/// <summary>
/// An attacker who asks for period A, period B and A ∪ B and subtracts. The attack is run for real: every
/// combination of true counts is published, and for each suppressed cell we check that more than one true value
/// fits everything published.
/// </summary>
public class DifferencingSpecs
{
    private const int TrueMax = 10;
    private const int CandidateMax = 14; // wider than the true counts, so the edge of the search reveals nothing by itself

    /// <summary>What is published about one period with two themes: the total and the theme breakdown.</summary>
    private static string Publish(int housing, int language)
    {
        var counts = new List<(string, int)>();
        if (housing > 0) counts.Add(("housing", housing));
        if (language > 0) counts.Add(("language", language));
        var breakdown = SmallCells.Breakdown("theme", counts);
        return $"{SmallCells.Total("total", housing + language)}|{string.Join(";", breakdown.Cells)}|{breakdown.SuppressedEntries}";
    }

    [Fact]
    public void Period_a_and_the_overlapping_period_a_union_b_never_pin_down_a_suppressed_cell_of_a() =>
        Assert.Equal(0, Revealed((a, b, union) => $"{a}#{union}"));

    /// <summary>
    /// Asking for B as well is the stronger attack. Rounding leaves it a range in almost every history; the few
    /// it still pins down (all with A's total itself suppressed) are counted here so any change to the rules shows
    /// up, and docs/privacy.md states the limit.
    /// </summary>
    [Fact]
    public void With_b_asked_for_too_only_a_small_known_share_of_histories_is_pinned_down()
    {
        var revealed = Revealed((a, b, union) => $"{a}#{b}#{union}");
        var histories = (SmallCells.Minimum - 1) * (TrueMax + 1) * (TrueMax + 1) * (TrueMax + 1);
        Assert.InRange(revealed, 0, histories / 50);
    }

    private static int Revealed(Func<string, string, string, string> observed)
    {
        var fits = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        for (var ha = 0; ha <= CandidateMax; ha++)
        for (var la = 0; la <= CandidateMax; la++)
        for (var hb = 0; hb <= CandidateMax; hb++)
        for (var lb = 0; lb <= CandidateMax; lb++)
        {
            var published = observed(Publish(ha, la), Publish(hb, lb), Publish(ha + hb, la + lb));
            (fits.TryGetValue(published, out var set) ? set : fits[published] = []).Add(ha);
        }

        var revealed = 0;
        for (var ha = 1; ha < SmallCells.Minimum; ha++)
        for (var la = 0; la <= TrueMax; la++)
        for (var hb = 0; hb <= TrueMax; hb++)
        for (var lb = 0; lb <= TrueMax; lb++)
        {
            if (fits[observed(Publish(ha, la), Publish(hb, lb), Publish(ha + hb, la + lb))].Count < 2)
                revealed++;
        }
        return revealed;
    }

    [Fact]
    public void Without_rounding_the_same_three_queries_would_reveal_the_cell()
    {
        // The attack the rounding stops: A ∪ B shows 6, B shows 5, so A held exactly 1.
        var exactUnion = 1 + 5;
        var exactB = 5;
        Assert.Equal(1, exactUnion - exactB);
        Assert.Equal(0, SmallCells.Round(exactUnion) - SmallCells.Round(exactB));
    }

    [Fact]
    public void The_quarter_and_the_half_year_through_the_feedback_view_show_no_difference_that_names_the_small_cell()
    {
        var q1 = new DateOnly(2023, 2, 10);
        var q2 = new DateOnly(2023, 5, 10);
        var log = SeedLog.With(SeedLog.Events,
        [
            Entry("feedback-a-housing-0", "housing", q1),
            .. Enumerable.Range(0, 6).Select(i => Entry($"feedback-a-language-{i}", "language", q1)),
            .. Enumerable.Range(0, 5).Select(i => Entry($"feedback-b-housing-{i}", "housing", q2)),
            .. Enumerable.Range(0, 5).Select(i => Entry($"feedback-b-language-{i}", "language", q2)),
        ]);
        var state = Replays.Run(FeedbackProjection.Instance, log, AsOf.Now);

        var a = FeedbackView.Build(state, Period.Quarter(2023, 1)).By("theme");
        var b = FeedbackView.Build(state, Period.Quarter(2023, 2)).By("theme");
        var union = FeedbackView.Build(state, Period.Range(new DateOnly(2023, 1, 1), new DateOnly(2023, 6, 30))).By("theme");

        Assert.True(a.Cells.Single(c => c.Key == "housing").Suppressed);
        Assert.True(a.Cells.Single(c => c.Key == "language").Suppressed);
        var difference = union.Cells.Single(c => c.Key == "housing").Count - b.Cells.Single(c => c.Key == "housing").Count;
        Assert.Equal(0, difference); // 6 and 5 both show as 5: the one entry of quarter 1 does not stand out
    }

    private static (string, Domain.Serialization.IDomainEvent, DateOnly) Entry(string stream, string theme, DateOnly on) =>
        (stream, new MigrantFeedbackRecorded(ContactChannel.OnlineForm, "bytow-municipality", theme, "uk", Type: FeedbackType.Suggestion), on);
}
