using Observatory.Domain.Serialization;

namespace Observatory.Domain.Recording;

/// <summary>
/// "Record that this fact happened": the import path and the generic record endpoint use it for every event type.
/// <see cref="OccurredOn"/> is business time; <see cref="Now"/> is the moment of recording, the domain's only clock.
/// </summary>
public sealed record RecordFact(string Stream, IDomainEvent Fact, DateTimeOffset OccurredOn, DateTimeOffset Now);
