using Observatory.Domain.Serialization;

namespace Observatory.Domain.Network;

/// <summary>
/// Facts of the "network" stream about who speaks for a local-government partner. Positions are posts
/// ("2nd Deputy Mayor"), never people. The explicit interface members are not serialised; they let one rule set
/// serve both roles.
/// </summary>
public interface IRepresentationChange : INetworkEvent
{
    string PartnerId { get; }
    RepresentationRole Role { get; }
    RepresentationChange Change { get; }
    string? Position { get; }
    DateOnly On { get; }
}

public enum RepresentationRole { Representative, Deputy }

public enum RepresentationChange { Appointed, Replaced, SteppedDown }

[EventType("representative-appointed")]
public sealed record RepresentativeAppointed(string PartnerId, string Position, DateOnly AppointedOn) : IRepresentationChange
{
    RepresentationRole IRepresentationChange.Role => RepresentationRole.Representative;
    RepresentationChange IRepresentationChange.Change => RepresentationChange.Appointed;
    DateOnly IRepresentationChange.On => AppointedOn;
}

[EventType("deputy-appointed")]
public sealed record DeputyAppointed(string PartnerId, string Position, DateOnly AppointedOn) : IRepresentationChange
{
    RepresentationRole IRepresentationChange.Role => RepresentationRole.Deputy;
    RepresentationChange IRepresentationChange.Change => RepresentationChange.Appointed;
    DateOnly IRepresentationChange.On => AppointedOn;
}

/// <summary>The post changes holder in one step, so there is never a moment without a representative.</summary>
[EventType("representative-replaced")]
public sealed record RepresentativeReplaced(string PartnerId, string Position, DateOnly ReplacedOn) : IRepresentationChange
{
    RepresentationRole IRepresentationChange.Role => RepresentationRole.Representative;
    RepresentationChange IRepresentationChange.Change => RepresentationChange.Replaced;
    DateOnly IRepresentationChange.On => ReplacedOn;
}

[EventType("deputy-replaced")]
public sealed record DeputyReplaced(string PartnerId, string Position, DateOnly ReplacedOn) : IRepresentationChange
{
    RepresentationRole IRepresentationChange.Role => RepresentationRole.Deputy;
    RepresentationChange IRepresentationChange.Change => RepresentationChange.Replaced;
    DateOnly IRepresentationChange.On => ReplacedOn;
}

[EventType("representative-stepped-down")]
public sealed record RepresentativeSteppedDown(string PartnerId, DateOnly SteppedDownOn) : IRepresentationChange
{
    RepresentationRole IRepresentationChange.Role => RepresentationRole.Representative;
    RepresentationChange IRepresentationChange.Change => RepresentationChange.SteppedDown;
    string? IRepresentationChange.Position => null;
    DateOnly IRepresentationChange.On => SteppedDownOn;
}

[EventType("deputy-stepped-down")]
public sealed record DeputySteppedDown(string PartnerId, DateOnly SteppedDownOn) : IRepresentationChange
{
    RepresentationRole IRepresentationChange.Role => RepresentationRole.Deputy;
    RepresentationChange IRepresentationChange.Change => RepresentationChange.SteppedDown;
    string? IRepresentationChange.Position => null;
    DateOnly IRepresentationChange.On => SteppedDownOn;
}
