using Observatory.Domain.Deciding;
using Observatory.Domain.EventStore;
using Observatory.Domain.Recording;

namespace Observatory.Domain.Network;

public abstract record NetworkCommand(DateTimeOffset Now) : Command(Now)
{
    public override string Stream => StreamNames.NetworkStream;
}

public sealed record StartLeadershipTerm(string PartnerId, DateOnly StartsOn, DateOnly PlannedEndOn, DateTimeOffset Now) : NetworkCommand(Now)
{
    public override DateTimeOffset OccurredOn => Commands.StartOf(StartsOn);
}

public sealed record HandOverLeadership(string ToPartnerId, DateOnly HandedOverOn, DateOnly NextPlannedEndOn, DateTimeOffset Now) : NetworkCommand(Now)
{
    public override DateTimeOffset OccurredOn => Commands.StartOf(HandedOverOn);
}

public sealed record CloseLeadershipTerm(DateOnly ClosedOn, DateTimeOffset Now, string? Reason = null) : NetworkCommand(Now)
{
    public override DateTimeOffset OccurredOn => Commands.StartOf(ClosedOn);
}

public sealed record AppointRepresentative(string PartnerId, RepresentationRole Role, string Position, DateOnly AppointedOn, DateTimeOffset Now) : NetworkCommand(Now)
{
    public override DateTimeOffset OccurredOn => Commands.StartOf(AppointedOn);
}

public sealed record ReplaceRepresentative(string PartnerId, RepresentationRole Role, string Position, DateOnly ReplacedOn, DateTimeOffset Now) : NetworkCommand(Now)
{
    public override DateTimeOffset OccurredOn => Commands.StartOf(ReplacedOn);
}

public sealed record StepDownRepresentative(string PartnerId, RepresentationRole Role, DateOnly SteppedDownOn, DateTimeOffset Now) : NetworkCommand(Now)
{
    public override DateTimeOffset OccurredOn => Commands.StartOf(SteppedDownOn);
}

public static class NetworkCommands
{
    public static Decision Decide(NetworkCommand command, NetworkLedger ledger) => ledger.Record(command, command switch
    {
        StartLeadershipTerm c => new LeadershipTermStarted(c.PartnerId, c.StartsOn, c.PlannedEndOn),
        // The handing-over partner is whoever leads now; with no term the rules refuse it by name.
        HandOverLeadership c => new LeadershipHandedOver(ledger.Network.CurrentTerm?.PartnerId ?? "", c.ToPartnerId, c.HandedOverOn, c.NextPlannedEndOn),
        CloseLeadershipTerm c => new LeadershipTermClosed(ledger.Network.CurrentTerm?.PartnerId ?? "", c.ClosedOn, c.Reason),
        AppointRepresentative { Role: RepresentationRole.Deputy } c => new DeputyAppointed(c.PartnerId, c.Position, c.AppointedOn),
        AppointRepresentative c => new RepresentativeAppointed(c.PartnerId, c.Position, c.AppointedOn),
        ReplaceRepresentative { Role: RepresentationRole.Deputy } c => new DeputyReplaced(c.PartnerId, c.Position, c.ReplacedOn),
        ReplaceRepresentative c => new RepresentativeReplaced(c.PartnerId, c.Position, c.ReplacedOn),
        StepDownRepresentative { Role: RepresentationRole.Deputy } c => new DeputySteppedDown(c.PartnerId, c.SteppedDownOn),
        StepDownRepresentative c => new RepresentativeSteppedDown(c.PartnerId, c.SteppedDownOn),
        _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Not a network command."),
    });
}
