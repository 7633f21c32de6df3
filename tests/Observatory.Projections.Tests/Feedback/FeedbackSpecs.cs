using Observatory.Domain.Feedback;
using Observatory.Domain.Recording;
using Observatory.Projections.Feedback;
using Observatory.Projections.Replay;
using Observatory.Projections.Tests.Seed;

namespace Observatory.Projections.Tests.Feedback;

/// <summary>Dashboards never show a breakdown cell of fewer than 5 feedback entries; shown counts are rounded to 5.</summary>
public class FeedbackSpecs
{
    private static readonly DateOnly Day = new(2023, 5, 10);

    private static IReadOnlyList<RecordedEvent> Log(int housing, int language) => SeedLog.With(SeedLog.Events,
        [.. Enumerable.Range(0, housing).Select(i => Entry($"feedback-housing-{i}", "housing", Sentiment.Negative)),
         .. Enumerable.Range(0, language).Select(i => Entry($"feedback-language-{i}", "language-courses", Sentiment.Positive))]);

    private static (string, Domain.Serialization.IDomainEvent, DateOnly) Entry(string stream, string theme, Sentiment sentiment) =>
        (stream, new MigrantFeedbackRecorded(ContactChannel.Survey, "bytow-municipality", theme, "uk", Sentiment: sentiment,
            Text: $"free text of {stream}", Territory: "Bytów"), Day);

    private static FeedbackSummary Summary(IReadOnlyList<RecordedEvent> log) =>
        FeedbackView.Build(Replays.Run(FeedbackProjection.Instance, log, AsOf.Now));

    [Fact]
    public void A_single_suppressed_cell_takes_the_next_smallest_with_it_or_the_total_would_give_it_away()
    {
        var summary = Summary(Log(housing: 4, language: 5));
        var themes = summary.By("theme");

        Assert.Equal([new FeedbackCell("housing", null, true), new FeedbackCell("language-courses", null, true)], themes.Cells);
        Assert.Equal(10, themes.SuppressedEntries);
        Assert.Equal(new FeedbackCell("total", 10, false), summary.Total);
    }

    [Fact]
    public void Two_small_cells_are_enough_when_they_hold_five_together_and_a_large_cell_stays_shown()
    {
        var themes = Summary(Log(housing: 3, language: 40)).By("theme");

        Assert.Equal([new FeedbackCell("housing", null, true), new FeedbackCell("language-courses", null, true)], themes.Cells);
        var withWork = Summary(SeedLog.With(Log(housing: 3, language: 40), Entry("feedback-extra-0", "work", Sentiment.Neutral),
            Entry("feedback-extra-1", "work", Sentiment.Neutral))).By("theme");
        Assert.Equal([new FeedbackCell("housing", null, true), new FeedbackCell("language-courses", 40, false), new FeedbackCell("work", null, true)],
            withWork.Cells);
        Assert.Equal(5, withWork.SuppressedEntries);
    }

    [Fact]
    public void The_suppressed_total_adds_up_every_suppressed_cell_of_a_breakdown()
    {
        var summary = Summary(Log(housing: 3, language: 4));

        Assert.All(summary.By("theme").Cells, c => Assert.Equal((true, (int?)null), (c.Suppressed, c.Count)));
        Assert.Equal(5, summary.By("theme").SuppressedEntries);
        Assert.Equal(new FeedbackCell("total", 5, false), summary.Total);
        Assert.Equal([new FeedbackCell("Bytów", 5, false)], summary.By("territory").Cells);
        Assert.Equal(0, summary.By("territory").SuppressedEntries);
    }

    [Fact]
    public void Fewer_than_five_entries_in_all_suppress_even_the_total()
    {
        var summary = Summary(Log(housing: 2, language: 2));

        Assert.Equal(new FeedbackCell("total", null, true), summary.Total);
        Assert.Null(summary.By("channel").SuppressedEntries);
        Assert.All(summary.Breakdowns.SelectMany(b => b.Cells), c => Assert.True(c.Suppressed));
    }

    [Fact]
    public void Sensitive_feedback_is_in_no_breakdown_and_counted_only_as_a_total()
    {
        var log = SeedLog.With(Log(housing: 0, language: 6), [.. Enumerable.Range(0, 6).Select(i => ($"feedback-sensitive-{i}",
            (Domain.Serialization.IDomainEvent)new MigrantFeedbackRecorded(ContactChannel.Helpline, "bytow-municipality", "safety", "uk",
                Type: FeedbackType.Complaint, Sensitive: true), Day))]);
        var summary = Summary(log);

        Assert.Equal(new FeedbackCell("sensitive", 5, false), summary.Sensitive);
        Assert.Equal(new FeedbackCell("total", 5, false), summary.Total);
        Assert.DoesNotContain(summary.Breakdowns.SelectMany(b => b.Cells), c => c.Key is "safety" or "helpline" or "complaint");
    }

    [Fact]
    public void A_rating_without_a_sentiment_is_read_as_one()
    {
        var summary = Summary(SeedLog.With(SeedLog.Events, [.. Enumerable.Range(0, 5).Select(i => ($"feedback-rated-{i}",
            (Domain.Serialization.IDomainEvent)new MigrantFeedbackRecorded(ContactChannel.Form, "markaryd", "school", "ar", Rating: 5), Day))]));

        Assert.Equal([new FeedbackCell("positive", 5, false)], summary.By("sentiment").Cells);
        Assert.Equal([new FeedbackCell("(unspecified)", 5, false)], summary.By("territory").Cells);
    }

    [Fact]
    public void Neither_the_read_model_nor_the_summary_holds_free_text_or_contact_details()
    {
        var state = Replays.Run(FeedbackProjection.Instance, RichLog.Events, AsOf.Now);

        var document = ProjectionJson.Serialize(FeedbackProjection.Instance, state);
        var view = System.Text.Json.JsonSerializer.Serialize(FeedbackView.Build(state), ProjectionJson.Options);

        Assert.Single(state.Entries);
        Assert.DoesNotContain("private words", document, StringComparison.Ordinal);
        Assert.DoesNotContain("c1pher", document, StringComparison.Ordinal);
        Assert.DoesNotContain("key-1", document, StringComparison.Ordinal);
        Assert.DoesNotContain("private words", view, StringComparison.Ordinal);
    }
}
