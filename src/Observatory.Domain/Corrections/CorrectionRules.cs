using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Observatory.Domain.Deciding;
using Observatory.Domain.Recording;
using Observatory.Domain.Serialization;

namespace Observatory.Domain.Corrections;

/// <summary>
/// A correction names a live entry of its own stream, says why, and brings a replacement that would itself have been
/// accepted at the time of the corrected fact: the same schema and the same rules, checked against the stream as it
/// was then.
/// </summary>
public static class CorrectionRules
{
    internal static DomainError? Check(ICorrectionEvent correction, StreamKind kind, StreamHistory history, FactContext context)
    {
        if (correction.EventId == Guid.Empty || history.Entry(correction.EventId) is not { } entry)
            return new DomainError("entry-not-found", $"no entry {correction.EventId} in stream '{context.Stream}' to correct or retract", "eventId");
        if (entry.Retracted)
            return new DomainError("entry-already-retracted", $"entry {correction.EventId} was retracted", "eventId");
        return Require.Text(correction.Reason, "reason", "reason-required", Require.MaxLongText)
            ?? (correction is EntryCorrected corrected ? Replacement(corrected, entry, kind, context) : null);
    }

    /// <summary>Reads a stored correction's replacement; false when it does not fit the corrected fact's type.</summary>
    public static bool TryReadReplacement(IDomainEvent corrected, EntryCorrected correction, [NotNullWhen(true)] out IDomainEvent? replacement)
    {
        replacement = null;
        if (correction.Replacement.ValueKind != JsonValueKind.Object)
            return false;
        var info = EventCatalog.For(corrected.GetType());
        try
        {
            replacement = EventSerializer.Deserialize(info.WireName, correction.ReplacementSchemaVersion ?? info.SchemaVersion, correction.Replacement.GetRawText());
            return true;
        }
        catch (EventFormatException)
        {
            return false;
        }
    }

    private static DomainError? Replacement(EntryCorrected correction, StreamEntry entry, StreamKind kind, FactContext context)
    {
        if (Require.Each(correction.Sources, "sources", (source, field) => Require.Text(source, field, "source-required")) is { } badSource)
            return badSource;
        if (correction.Replacement.ValueKind != JsonValueKind.Object)
            return new DomainError("correction-replacement-invalid", "must be a JSON object with the corrected fact's fields", "replacement");

        var info = EventCatalog.For(entry.Fact.GetType());
        IDomainEvent replacement;
        try
        {
            replacement = EventSerializer.Deserialize(info.WireName, correction.ReplacementSchemaVersion ?? info.SchemaVersion, correction.Replacement.GetRawText());
        }
        catch (EventFormatException e)
        {
            return new DomainError("correction-replacement-invalid", $"is not valid '{info.WireName}' data: {e.Rule}", "replacement" + e.Field["data".Length..]);
        }

        if (EventSerializer.Serialize(replacement).Data == EventSerializer.Serialize(entry.Fact).Data)
            return new DomainError("correction-changes-nothing", "the replacement equals the entry as it stands", "replacement");

        var then = context with { On = DateOnly.FromDateTime(entry.OccurredOn.DateTime) };
        return FactDecider.CheckContent(kind, entry.StateBefore, replacement, then) is { } error
            ? error with { Field = error.Field is null ? "replacement" : $"replacement.{error.Field}" }
            : null;
    }
}
