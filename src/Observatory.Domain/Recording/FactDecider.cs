using Observatory.Domain.Corrections;
using Observatory.Domain.Deciding;
using Observatory.Domain.EventStore;
using Observatory.Domain.Serialization;

namespace Observatory.Domain.Recording;

/// <summary>
/// The one path every fact takes, whether it comes from an import line, the generic record endpoint or a typed
/// command: where it may go, whether its dates are believable, then its aggregate's own rules.
/// </summary>
internal static class FactDecider
{
    public static Decision Decide(NetworkLedger ledger, RecordFact command) =>
        Check(ledger, command) is { } error ? Decision.Reject(error) : Decision.Accept(command.Fact);

    /// <summary>The rules a fact's content must meet; corrections run it again on their replacement.</summary>
    internal static DomainError? CheckContent(StreamKind kind, object state, IDomainEvent fact, FactContext context) =>
        Plausibility.Dates(fact, context.Now) ?? kind.Check(state, fact, context);

    private static DomainError? Check(NetworkLedger ledger, RecordFact command)
    {
        if (!StreamNames.IsValidStream(command.Stream))
            return new DomainError("stream-name-invalid", "must be \"{kind}\" or \"{kind}-{id}\" in lowercase", "stream");
        if (StreamKinds.Find(command.Stream) is not { } kind)
            return new DomainError("stream-kind-unknown", $"'{StreamNames.Kind(command.Stream)}' is not one of: {string.Join(", ", StreamKinds.Names)}", "stream");

        var history = ledger.History(command.Stream) ?? StreamHistory.Start(kind);
        var context = new FactContext(ledger, command.Stream, DateOnly.FromDateTime(command.OccurredOn.DateTime), command.Now);
        return Placement(kind, command.Stream, history, command.Fact)
            ?? (kind.Name != StreamKinds.Network && !ledger.Network.Founded
                ? new DomainError("network-not-founded", "the network stream must start with network-founded first", "stream")
                : null)
            ?? Plausibility.Date(context.On, "occurredOn", command.Now)
            ?? (command.Fact is ICorrectionEvent correction
                ? CorrectionRules.Check(correction, kind, history, context)
                : CheckContent(kind, history.State!, command.Fact, context));
    }

    private static DomainError? Placement(StreamKind kind, string stream, StreamHistory history, IDomainEvent fact)
    {
        var creates = kind.CreatingEvents.Contains(fact.GetType());
        return !kind.Holds(fact) && fact is not ICorrectionEvent
                ? new DomainError("event-type-not-allowed-in-stream", $"'{WireName(fact)}' does not belong in a '{kind.Name}' stream", "type")
            : kind.Name == StreamKinds.Network && stream != StreamNames.NetworkStream
                ? new DomainError("stream-name-invalid", "a network has exactly one stream named \"network\"", "stream")
            : history.Version == 0 && !creates
                ? new DomainError("stream-must-start-with-creating-event",
                    $"a '{kind.Name}' stream starts with {string.Join(" or ", kind.CreatingEvents.Select(WireName).Order(StringComparer.Ordinal))}", "type")
            : history.Version > 0 && creates
                ? new DomainError("stream-already-created", $"'{stream}' already exists; '{WireName(fact)}' only opens a new stream", "type")
            : null;
    }

    private static string WireName(IDomainEvent fact) => WireName(fact.GetType());

    private static string WireName(Type type) => EventCatalog.For(type).WireName;
}
