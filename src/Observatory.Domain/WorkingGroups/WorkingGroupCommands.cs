using Observatory.Domain.Deciding;
using Observatory.Domain.Recording;
using Observatory.Domain.Sharing;

namespace Observatory.Domain.WorkingGroups;

public abstract record WorkingGroupCommand(string GroupId, DateTimeOffset Now) : Command(Now)
{
    public override string Stream => $"{StreamKinds.Group}-{GroupId}";
}

public sealed record FormWorkingGroup(string GroupId, string Topic, string LeadPartnerId, DateOnly FormedOn, DateTimeOffset Now, ThematicArea? ThematicArea = null)
    : WorkingGroupCommand(GroupId, Now)
{
    public override DateTimeOffset OccurredOn => Commands.StartOf(FormedOn);
}

public sealed record JoinWorkingGroup(string GroupId, string PartnerId, DateOnly JoinedOn, DateTimeOffset Now) : WorkingGroupCommand(GroupId, Now)
{
    public override DateTimeOffset OccurredOn => Commands.StartOf(JoinedOn);
}

public sealed record CloseWorkingGroup(string GroupId, DateOnly ClosedOn, DateTimeOffset Now, string? Reason = null) : WorkingGroupCommand(GroupId, Now)
{
    public override DateTimeOffset OccurredOn => Commands.StartOf(ClosedOn);
}

public static class WorkingGroupCommands
{
    public static Decision Decide(WorkingGroupCommand command, NetworkLedger ledger) => ledger.Record(command, command switch
    {
        FormWorkingGroup c => new WorkingGroupFormed(c.Topic, c.LeadPartnerId, c.FormedOn, c.ThematicArea),
        JoinWorkingGroup c => new WorkingGroupMemberJoined(c.PartnerId, c.JoinedOn),
        CloseWorkingGroup c => new WorkingGroupClosed(c.ClosedOn, c.Reason),
        _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Not a working-group command."),
    });
}
