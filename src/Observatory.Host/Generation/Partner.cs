using Observatory.Domain.Network;

namespace Observatory.Host.Generation;

/// <summary>A generated partner. Names are of institutions, never of people (the design's privacy rule holds for demo data too).</summary>
internal sealed record Partner(string Id, string Name, Country Country, PartnerKind Kind)
{
    public bool IsLocalGovernment => Kind != PartnerKind.Organisation;
}

/// <summary>
/// A fact planned for a moment, before it gets its id and place in the log. A correction has no event yet: it names
/// the fact it corrects (<see cref="Corrects"/>), whose id is only known once ids are handed out in log order.
/// </summary>
internal sealed record Scripted(DateTimeOffset At, string Stream, Observatory.Domain.Serialization.IDomainEvent? Event, string Actor,
    Scripted? Corrects = null, bool Retracts = false);
