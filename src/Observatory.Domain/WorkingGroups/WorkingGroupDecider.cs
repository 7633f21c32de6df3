using System.Collections.Immutable;
using Observatory.Domain.Deciding;
using Observatory.Domain.Network;
using Observatory.Domain.Recording;

namespace Observatory.Domain.WorkingGroups;

public sealed record WorkingGroupState(bool Closed, DateOnly FormedOn, ImmutableHashSet<string> Members)
{
    public static WorkingGroupState Initial { get; } = new(false, default, []);
}

/// <summary>A group has a topic, current partners join it once, and a closed group takes no one.</summary>
public static class WorkingGroupDecider
{
    public static WorkingGroupState Evolve(WorkingGroupState state, IWorkingGroupEvent fact) => fact switch
    {
        WorkingGroupFormed formed => state with { FormedOn = formed.FormedOn, Members = [formed.LeadPartnerId] },
        WorkingGroupMemberJoined joined => state with { Members = state.Members.Add(joined.PartnerId) },
        WorkingGroupClosed => state with { Closed = true },
        _ => state,
    };

    public static DomainError? Check(WorkingGroupState state, IWorkingGroupEvent fact, FactContext context) => fact switch
    {
        WorkingGroupFormed formed => Require.Text(formed.Topic, "topic", "working-group-topic-required")
            ?? context.Network.CurrentPartner(formed.LeadPartnerId, formed.FormedOn, "leadPartnerId"),
        WorkingGroupMemberJoined joined => Open(state)
            ?? context.Network.CurrentPartner(joined.PartnerId, joined.JoinedOn, "partnerId")
            ?? (state.Members.Contains(joined.PartnerId)
                ? new DomainError("partner-already-in-group", $"'{joined.PartnerId}' is already a member of this group", "partnerId")
                : null)
            ?? NotBeforeFormation(state, joined.JoinedOn, "joinedOn"),
        WorkingGroupClosed closed => Open(state)
            ?? NotBeforeFormation(state, closed.ClosedOn, "closedOn")
            ?? Require.OptionalText(closed.Reason, "reason"),
        _ => null,
    };

    internal static ImmutableHashSet<Type> CreatingEvents { get; } = [typeof(WorkingGroupFormed)];

    private static DomainError? Open(WorkingGroupState state) =>
        state.Closed ? new DomainError("working-group-closed", "the group is closed", null) : null;

    private static DomainError? NotBeforeFormation(WorkingGroupState state, DateOnly on, string field) =>
        on >= state.FormedOn ? null : new DomainError("before-group-formed", $"the group was formed on {state.FormedOn:yyyy-MM-dd}", field);
}
