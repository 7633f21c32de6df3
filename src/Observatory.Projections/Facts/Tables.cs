using Observatory.Domain.Corrections;
using Observatory.Domain.Recording;
using Observatory.Domain.Serialization;

namespace Observatory.Projections.Facts;

/// <summary>
/// A state's tables hold one event type each, keyed by event id, so that applying an event twice changes nothing and a
/// correction or retraction finds its entry by id without replaying anything.
/// </summary>
public static class Tables
{
    public static EntryTable<TFact> Put<TFact>(this EntryTable<TFact> table, RecordedEvent recorded, TFact fact) =>
        table.SetItem(recorded.EventId, new Entry<TFact>(FactMeta.Of(recorded), fact));

    /// <summary>Mends a table that keeps the events as they are; null when the corrected entry is not in this table.</summary>
    public static EntryTable<TEvent>? Mend<TEvent>(this EntryTable<TEvent> table, ICorrectionEvent correction)
        where TEvent : IDomainEvent =>
        table.Mend<TEvent, TEvent>(correction, fact => fact);

    /// <summary>Mends a table that keeps only part of each event (<paramref name="keep"/> drops what a read model must not hold).</summary>
    public static EntryTable<TKept>? Mend<TEvent, TKept>(this EntryTable<TKept> table,
        ICorrectionEvent correction, Func<TEvent, TKept> keep) where TEvent : IDomainEvent
    {
        if (!table.TryGetValue(correction.EventId, out var entry))
            return null;
        return correction switch
        {
            EntryRetracted => table.Remove(correction.EventId),
            EntryCorrected corrected => table.SetItem(corrected.EventId, entry with { Fact = keep(Replacement<TEvent>(corrected)) }),
            _ => null,
        };
    }

    /// <summary>
    /// The replacement as the corrected event's type. A replacement that does not fit was refused by the rules; if one
    /// is in the log anyway, the projection must not skip it silently, so it throws and the daemon parks it.
    /// </summary>
    public static TEvent Replacement<TEvent>(EntryCorrected corrected) where TEvent : IDomainEvent =>
        (TEvent)Replacement(typeof(TEvent), corrected);

    public static IDomainEvent Replacement(Type factType, EntryCorrected corrected)
    {
        var info = EventCatalog.For(factType);
        try
        {
            return EventSerializer.Deserialize(info.WireName, corrected.ReplacementSchemaVersion ?? info.SchemaVersion, corrected.Replacement.GetRawText());
        }
        catch (EventFormatException e)
        {
            throw new ProjectionException($"The correction of {corrected.EventId} does not hold valid '{info.WireName}' data: {e.Message}", e);
        }
    }

    public static EntryTable<TFact> Empty<TFact>() => EntryTable<TFact>.Empty;
}
