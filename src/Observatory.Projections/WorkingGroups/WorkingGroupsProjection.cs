using Observatory.Domain.Corrections;
using Observatory.Domain.Recording;
using Observatory.Domain.WorkingGroups;
using Observatory.Projections.Facts;

namespace Observatory.Projections.WorkingGroups;

/// <summary>Each group's facts, joined by stream in <see cref="WorkingGroupsView"/>.</summary>
public sealed record WorkingGroupsState(
    EntryTable<WorkingGroupFormed> Formed,
    EntryTable<WorkingGroupMemberJoined> Joined,
    EntryTable<WorkingGroupClosed> Closed)
{
    public static WorkingGroupsState Initial { get; } =
        new(Tables.Empty<WorkingGroupFormed>(), Tables.Empty<WorkingGroupMemberJoined>(), Tables.Empty<WorkingGroupClosed>());
}

public sealed class WorkingGroupsProjection : Projection<WorkingGroupsState>
{
    public static WorkingGroupsProjection Instance { get; } = new();

    public override string Name => "working-groups";
    public override int Version => 1;
    public override WorkingGroupsState Initial => WorkingGroupsState.Initial;

    public override WorkingGroupsState Apply(WorkingGroupsState state, RecordedEvent recorded) => recorded.Event switch
    {
        WorkingGroupFormed e => state with { Formed = state.Formed.Put(recorded, e) },
        WorkingGroupMemberJoined e => state with { Joined = state.Joined.Put(recorded, e) },
        WorkingGroupClosed e => state with { Closed = state.Closed.Put(recorded, e) },
        ICorrectionEvent c => state.Formed.Mend(c) is { } formed ? state with { Formed = formed }
            : state.Joined.Mend(c) is { } joined ? state with { Joined = joined }
            : state.Closed.Mend(c) is { } closed ? state with { Closed = closed }
            : state,
        _ => state,
    };
}
