using Observatory.Domain.Feedback;
using Observatory.Domain.Serialization;
using Observatory.Projections.Evaluations;
using Observatory.Projections.Tests.Seed;

namespace Observatory.Projections.Tests.Evaluations;

/// <summary>Given the report's network and a feedback loop in its term, then the evaluation shows the loop's indicators.</summary>
public class FeedbackLoopEvaluationSpecs
{
    [Fact]
    public void The_evaluation_of_a_term_counts_feedback_answered_within_the_stated_deadline()
    {
        var facts = new List<(string, IDomainEvent, DateOnly)> { ("mechanism", new FeedbackMechanismEstablished(14), new DateOnly(2022, 12, 1)) };
        for (var i = 1; i <= 6; i++)
        {
            var received = new DateOnly(2023, 1, i);
            facts.Add(($"feedback-{i}", new MigrantFeedbackRecorded(ContactChannel.OnlineForm, "markaryd", "language courses", "uk", Type: FeedbackType.Question), received));
            // The sixth is never answered: its 14 days have passed by the time the log was last written.
            if (i < 6)
                facts.Add(($"feedback-{i}", new FeedbackResponded(ResponseScope.Individual, "Answered."), received.AddDays(i)));
        }
        var log = SeedLog.With(SeedLog.Events, [.. facts]);

        var evaluation = EvaluationBuilder.Build(SeedEvaluationSpecs.Network, log, CycleSelector.Default, log[^1].Position);
        var markdown = EvaluationReport.Markdown(evaluation);

        Assert.Equal((5, 6), (evaluation.FeedbackLoop.LoopClosure.Numerator, evaluation.FeedbackLoop.LoopClosure.Denominator));
        Assert.Equal(83.3m, evaluation.FeedbackLoop.LoopClosure.Value);
        Assert.Equal(3m, evaluation.FeedbackLoop.MedianResponseDays);
        Assert.Contains("| In-scope feedback answered within the stated deadline | 83.3% (5 of 6) |", markdown, StringComparison.Ordinal);
    }
}
