using Observatory.Domain.Recording;
using Observatory.Domain.Serialization;
using Observatory.Projections.Tests.Seed;

namespace Observatory.Projections.Tests.Platform;

/// <summary>The seed's network stream alone (partners and their countries), renumbered, then the given facts: the seed's own specialists and guides stay out.</summary>
public static class PartnersLog
{
    public static IReadOnlyList<RecordedEvent> With(params (string Stream, IDomainEvent Fact, DateOnly On)[] facts) =>
        SeedLog.With([.. SeedLog.Events.Where(e => e.Stream == "network").Select((e, i) => e with { Position = i + 1 })], facts);
}
