using Observatory.Domain.Corrections;
using Observatory.Domain.Recording;
using Observatory.Domain.Serialization;
using Observatory.Projections.Facts;
using Observatory.Projections.Replay;

namespace Observatory.Projections.Evaluations;

/// <summary>A later-recorded event that changes the evaluation, and the document paths it changes.</summary>
public sealed record Restatement(long Position, string Type, string Stream, Guid EventId, IReadOnlyList<StateChange> Changes);

/// <summary>
/// The outcome of recomputing a published evaluation. <see cref="Matches"/>: the log up to the published position
/// gives the published hash. <see cref="CurrentHash"/> is the document the whole log gives today, labelled with the
/// same position so that only content can differ; when it differs, <see cref="Restatements"/> says which events did it.
/// </summary>
public sealed record EvaluationCheck(
    string Stream,
    long UpToPosition,
    string PublishedHash,
    string RecomputedHash,
    long Head,
    string CurrentHash,
    IReadOnlyList<Restatement> Restatements)
{
    public bool Matches => PublishedHash == RecomputedHash;

    public bool Restated => CurrentHash != RecomputedHash;
}

public static class EvaluationVerifier
{
    public static EvaluationCheck Verify(string network, IReadOnlyList<RecordedEvent> log, EvaluationCycle cycle, long upToPosition, string publishedHash)
    {
        var atP = Replays.Select(log, new AsOf.AtPosition(upToPosition)).ToList();
        var published = EvaluationBuilder.Build(network, atP, cycle, upToPosition);
        var recomputed = CanonicalJson.Hash(published);
        var current = CanonicalJson.Hash(EvaluationBuilder.Build(network, log, cycle, upToPosition));
        var head = log.Count == 0 ? 0 : log[^1].Position;
        var restatements = current == recomputed ? [] : Trace(network, atP, log, cycle, upToPosition, published);
        return new EvaluationCheck(cycle.Stream, upToPosition, publishedHash, recomputed, head, current, restatements);
    }

    /// <summary>
    /// Adds the later events one at a time, in log order, to the log up to P and keeps those that change the document:
    /// each restatement is named by the event that made it. Only events that can touch the cycle are tried: corrections
    /// and retractions (of anything), and facts whose business date is not after the cycle's end.
    /// </summary>
    private static List<Restatement> Trace(string network, List<RecordedEvent> atP, IReadOnlyList<RecordedEvent> log,
        EvaluationCycle cycle, long upToPosition, EvaluationDocument published)
    {
        var restatements = new List<Restatement>();
        var included = new List<RecordedEvent>(atP);
        var before = CanonicalJson.ToNode(published);
        foreach (var later in log.Where(e => e.Position > upToPosition && CanTouch(e, cycle)))
        {
            included.Add(later);
            var after = CanonicalJson.ToNode(EvaluationBuilder.Build(network, included, cycle, upToPosition));
            var changes = StateDiff.Between(before, after);
            if (changes.Count == 0)
                continue;
            restatements.Add(new Restatement(later.Position, EventCatalog.For(later.Event.GetType()).WireName, later.Stream, later.EventId, changes));
            before = after;
        }
        return restatements;
    }

    private static bool CanTouch(RecordedEvent recorded, EvaluationCycle cycle) =>
        recorded.Event is ICorrectionEvent
        || BusinessDates.Of(recorded.Event, FactMeta.Of(recorded).OccurredOn) <= cycle.To;
}
