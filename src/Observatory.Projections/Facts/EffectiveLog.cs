using Observatory.Domain.Corrections;
using Observatory.Domain.Recording;
using Observatory.Domain.Serialization;

namespace Observatory.Projections.Facts;

/// <summary>A fact as now known: corrections applied, with its (corrected) business date.</summary>
public sealed record EffectiveFact(Guid EventId, string Stream, long Position, DateOnly OccurredOn, DateOnly BusinessDate, IDomainEvent Fact);

/// <summary>
/// The log with every correction applied to the entry it names and every retracted entry left out, in log order.
/// Declared indicators evaluate over it, so any definition sees the same corrected history.
/// </summary>
public static class EffectiveLog
{
    public static IReadOnlyList<EffectiveFact> Build(IEnumerable<RecordedEvent> events)
    {
        var facts = new List<EffectiveFact?>();
        var index = new Dictionary<Guid, int>();
        foreach (var recorded in events)
        {
            switch (recorded.Event)
            {
                case EntryCorrected corrected when index.TryGetValue(corrected.EventId, out var at) && facts[at] is { } fact:
                    var replacement = Tables.Replacement(fact.Fact.GetType(), corrected);
                    facts[at] = fact with { Fact = replacement, BusinessDate = BusinessDates.Of(replacement, fact.OccurredOn) };
                    break;
                case EntryRetracted retracted when index.TryGetValue(retracted.EventId, out var at):
                    facts[at] = null;
                    break;
                case ICorrectionEvent:
                    break; // about an entry this log never held: nothing to mend
                default:
                    var meta = FactMeta.Of(recorded);
                    index[recorded.EventId] = facts.Count;
                    facts.Add(new EffectiveFact(recorded.EventId, recorded.Stream, recorded.Position, meta.OccurredOn,
                        BusinessDates.Of(recorded.Event, meta.OccurredOn), recorded.Event));
                    break;
            }
        }
        return [.. facts.OfType<EffectiveFact>()];
    }
}
