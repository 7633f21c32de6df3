using Observatory.Domain.Recording;
using Observatory.Projections.Feedback;
using Observatory.Projections.Indicators;
using Observatory.Projections.Participation;
using Observatory.Projections.Replay;

namespace Observatory.Projections.Evaluations;

/// <summary>
/// Builds the evaluation document of a cycle from the log up to a position: the same events always give the same
/// document, byte for byte once canonical, which is what makes a published evaluation verifiable.
/// </summary>
public static class EvaluationBuilder
{
    /// <summary>Resolves the cycle against the whole <paramref name="log"/>, then evaluates the events up to <paramref name="upToPosition"/>.</summary>
    public static EvaluationDocument Build(string network, IReadOnlyList<RecordedEvent> log, CycleSelector selector, long upToPosition)
    {
        var cycle = EvaluationCycles.Resolve(log, selector);
        return Build(network, [.. Replays.Select(log, new AsOf.AtPosition(upToPosition))], cycle, upToPosition);
    }

    /// <summary>
    /// Evaluates exactly <paramref name="events"/> (the caller chose them: the log up to P, or that plus later events
    /// when tracing restatements) and labels the document with <paramref name="upToPosition"/>.
    /// </summary>
    public static EvaluationDocument Build(string network, IReadOnlyList<RecordedEvent> events, EvaluationCycle cycle, long upToPosition)
    {
        var inputs = EvaluationInputs.Of(events);
        var period = cycle.Period;
        return new EvaluationDocument(
            EvaluationDocument.CurrentFormat,
            network,
            upToPosition,
            Summary(inputs, cycle),
            IndicatorsView.Build(inputs.Indicators, period).Indicators,
            TimelineSections.Build(inputs, period),
            ParticipationView.Build(inputs.Participation, new ParticipationQuery(period)),
            CoverageSection.Build(inputs, cycle),
            OutcomeSections.WorkingGroups(inputs, period),
            OutcomeSections.Resources(inputs, period),
            FeedbackView.Build(inputs.Feedback, period),
            FeedbackIndicators.For(inputs.Feedback, period, LoopMeasuredAt(events, cycle)),
            OutcomeSections.MigrantParticipation(inputs, period),
            ConsultationView.Build(inputs.Feedback, period),
            OutcomeSections.Outcomes(inputs, period),
            OutcomeSections.Plan(inputs, cycle),
            Comparison.Build(inputs, cycle));
    }

    /// <summary>
    /// Whether a response was due is judged at the end of the period, or at the last moment the log up to the
    /// evaluated position knows of if that is earlier: taken from the log, never from a clock, so the hash reproduces.
    /// </summary>
    private static DateTimeOffset LoopMeasuredAt(IReadOnlyList<RecordedEvent> events, EvaluationCycle cycle)
    {
        var periodEnd = new DateTimeOffset(cycle.To.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero);
        var known = events.Count == 0 ? periodEnd : events.Max(e => e.RecordedAt);
        return known < periodEnd ? known : periodEnd;
    }

    private static CycleSummary Summary(EvaluationInputs inputs, EvaluationCycle cycle)
    {
        var partners = inputs.Partners;
        var opened = inputs.Cycles.Cycles.FirstOrDefault(c => c.Stream == cycle.Stream);
        var leaders = inputs.Terms.Where(t => t.From <= cycle.To && t.To >= cycle.From)
            .Select(t => new LeaderTerm(t.PartnerId, partners.TryGetValue(t.PartnerId, out var p) ? p.Name : t.PartnerId,
                t.From < cycle.From ? cycle.From : t.From, t.To > cycle.To ? cycle.To : t.To));
        return new CycleSummary(cycle.Stream, opened?.Title, cycle.From, cycle.To, EvaluationCycles.Months(cycle.From, cycle.To),
            [.. leaders], opened?.ClosedOn);
    }
}
