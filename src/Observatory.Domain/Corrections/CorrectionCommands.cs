using System.Text.Json;
using Observatory.Domain.Deciding;
using Observatory.Domain.Recording;
using Observatory.Domain.Serialization;

namespace Observatory.Domain.Corrections;

/// <summary>Corrections happen now, about an entry of <see cref="EntryStream"/>; they are appended to that stream.</summary>
public abstract record CorrectionCommand(string EntryStream, Guid EventId, string Reason, DateTimeOffset Now) : Command(Now)
{
    public override string Stream => EntryStream;
    public override DateTimeOffset OccurredOn => Now;
}

public sealed record CorrectEntry(string EntryStream, Guid EventId, string Reason, IDomainEvent Replacement, DateTimeOffset Now,
    IReadOnlyList<string>? Sources = null) : CorrectionCommand(EntryStream, EventId, Reason, Now);

public sealed record RetractEntry(string EntryStream, Guid EventId, string Reason, DateTimeOffset Now)
    : CorrectionCommand(EntryStream, EventId, Reason, Now);

public static class CorrectionCommands
{
    public static Decision Decide(CorrectionCommand command, NetworkLedger ledger) => command switch
    {
        // On the wire a replacement is only data; a typed one can say plainly that it is of the wrong type.
        CorrectEntry c when ledger.History(c.EntryStream)?.Entry(c.EventId) is { } entry && entry.Fact.GetType() != c.Replacement.GetType() =>
            Decision.Reject("correction-type-mismatch",
                $"the entry is '{EventCatalog.For(entry.Fact.GetType()).WireName}', the replacement '{EventCatalog.For(c.Replacement.GetType()).WireName}'", "replacement"),
        CorrectEntry c => ledger.Record(c,
            new EntryCorrected(c.EventId, c.Reason, ToJson(c.Replacement), c.Sources, EventCatalog.For(c.Replacement.GetType()).SchemaVersion)),
        RetractEntry c => ledger.Record(c, new EntryRetracted(c.EventId, c.Reason)),
        _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Not a correction command."),
    };

    private static JsonElement ToJson(IDomainEvent replacement)
    {
        using var document = JsonDocument.Parse(EventSerializer.Serialize(replacement).Data);
        return document.RootElement.Clone();
    }
}
