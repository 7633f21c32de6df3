using Observatory.Domain.Evaluations;
using Observatory.Domain.EventStore;
using Observatory.Domain.Recording;
using Observatory.Domain.Serialization;
using Observatory.Projections.Evaluations;

namespace Observatory.Host.Cli;

/// <summary>
/// <c>evaluate --publish</c>: appends <c>evaluation-published</c> (position, hash, day) to the cycle's stream, opening
/// the stream for a leadership term that has none, in one append with the stream version the decision saw. The
/// domain's rules decide first (hash format, position within the log, cycles that must not overlap).
/// </summary>
internal static class PublishEvaluationVerb
{
    public const string Actor = "evaluate";

    public static async Task<AppendResult> PublishAsync(IEventStore store, string network, IReadOnlyList<RecordedEvent> log,
        EvaluationCycle cycle, long upToPosition, string hash, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ledger = log.Aggregate(NetworkLedger.Empty, (l, e) => l.Evolve(e));
        var expected = ledger.StreamVersion(cycle.Stream);
        var facts = new List<IDomainEvent>();
        if (expected == 0)
            facts.Add(new EvaluationCycleOpened(cycle.From, cycle.To));
        facts.Add(new EvaluationPublished(upToPosition, hash, DateOnly.FromDateTime(now.UtcDateTime)));

        var correlation = Guid.CreateVersion7(now);
        var appends = new List<EventToAppend>();
        var (version, position) = (expected, ledger.Position);
        foreach (var fact in facts)
        {
            var decision = ledger.Decide(new RecordFact(cycle.Stream, fact, now, now));
            if (decision.Error is { } error)
                throw new CliException(error.Field ?? "--publish", $"[{error.Rule}] {error.Message}");
            var id = Guid.CreateVersion7(now);
            var (type, schema, data) = EventSerializer.Serialize(fact);
            appends.Add(new EventToAppend(id, type, schema, data, now, new EventMetadata(Actor, correlation)));
            // The second fact is decided against the first, as the log will hold them.
            ledger = ledger.Evolve(new RecordedEvent(id, cycle.Stream, ++version, ++position, now, now, fact));
        }
        return await store.AppendAsync(network, [new StreamAppend(cycle.Stream, ExpectedVersion.Exactly(expected), appends)], cancellationToken);
    }
}
