using System.Collections.Immutable;

namespace Observatory.Domain.Evaluations;

public sealed record CycleState(bool Opened, bool Closed, DateOnly StartsOn, DateOnly EndsOn, ImmutableHashSet<string> TaskIds)
{
    public static CycleState Initial { get; } = new(false, false, default, default, []);

    public bool IsOpen => Opened && !Closed;

    public bool Overlaps(DateOnly startsOn, DateOnly endsOn) => Opened && startsOn < EndsOn && StartsOn < endsOn;
}
