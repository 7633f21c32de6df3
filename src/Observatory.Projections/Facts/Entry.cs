using Observatory.Domain.Recording;

namespace Observatory.Projections.Facts;

/// <summary>Where a fact sits in the log. Kept beside the fact so a correction, which replaces only the data, keeps them.</summary>
public readonly record struct FactMeta(string Stream, long Position, DateOnly OccurredOn)
{
    public static FactMeta Of(RecordedEvent recorded) =>
        new(recorded.Stream, recorded.Position, DateOnly.FromDateTime(recorded.OccurredOn.UtcDateTime));
}

/// <summary>
/// One fact of a read model as currently known, keyed by its event id in the state's tables: a correction replaces
/// <see cref="Fact"/>, a retraction removes the entry, and the views aggregate from these entries only.
/// </summary>
public sealed record Entry<TFact>(FactMeta Meta, TFact Fact);
