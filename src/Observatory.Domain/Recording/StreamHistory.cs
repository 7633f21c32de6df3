using System.Collections.Immutable;
using Observatory.Domain.Corrections;
using Observatory.Domain.Serialization;

namespace Observatory.Domain.Recording;

/// <summary>
/// One stream as the rules see it: its version, its aggregate state and its entries. Each entry keeps the state
/// before it, so a correction is checked against the stream as it was when the corrected fact was recorded.
/// </summary>
public sealed record StreamHistory(StreamKind? Kind, long Version, object? State, ImmutableList<StreamEntry> Entries)
{
    public static StreamHistory Start(StreamKind? kind) => new(kind, 0, kind?.Initial, []);

    public StreamEntry? Entry(Guid eventId) => Entries.Find(e => e.EventId == eventId);

    public StreamHistory Append(RecordedEvent recorded) => recorded.Event switch
    {
        EntryCorrected corrected => Refold(Entries.ConvertAll(e => e.EventId == corrected.EventId ? Corrected(e, corrected) : e)),
        EntryRetracted retracted => Refold(Entries.ConvertAll(e => e.EventId == retracted.EventId ? e with { Retracted = true } : e)),
        var fact when Kind is not null && Kind.Holds(fact) => this with
        {
            State = Kind.Evolve(State!, fact),
            Entries = Entries.Add(new StreamEntry(recorded.EventId, fact, recorded.OccurredOn, false, State!)),
        },
        // Facts of a foreign kind can only come from an import that skipped the rules; they are kept out of the state.
        _ => this,
    } with { Version = recorded.StreamVersion };

    // A correction or retraction changes what the stream means from that entry on, so the state is folded again.
    private StreamHistory Refold(ImmutableList<StreamEntry> entries)
    {
        if (Kind is null)
            return this with { Entries = entries };
        var state = Kind.Initial;
        var refolded = entries.ConvertAll(entry =>
        {
            var before = state;
            if (!entry.Retracted)
                state = Kind.Evolve(state, entry.Fact);
            return entry with { StateBefore = before };
        });
        return this with { State = state, Entries = refolded };
    }

    private static StreamEntry Corrected(StreamEntry entry, EntryCorrected corrected) =>
        CorrectionRules.TryReadReplacement(entry.Fact, corrected, out var replacement) ? entry with { Fact = replacement } : entry;
}

/// <summary>A fact of the stream as currently known: corrections replace <see cref="Fact"/>, retractions set <see cref="Retracted"/>.</summary>
public sealed record StreamEntry(Guid EventId, IDomainEvent Fact, DateTimeOffset OccurredOn, bool Retracted, object StateBefore);
