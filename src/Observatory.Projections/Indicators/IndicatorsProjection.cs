using Observatory.Domain.Corrections;
using Observatory.Domain.Evaluations;
using Observatory.Domain.Growth;
using Observatory.Domain.Recording;
using Observatory.Domain.Sharing;
using Observatory.Domain.WorkingGroups;
using Observatory.Projections.Facts;
using Observatory.Projections.Roster;

namespace Observatory.Projections.Indicators;

/// <summary>The facts behind the report's three indicators, and the targets set for them in evaluation cycles.</summary>
public sealed record IndicatorsState(
    NetworkRoster Roster,
    EntryTable<MemberNetworked> Members,
    EntryTable<MemberLeft> MembersLeft,
    EntryTable<ResourcePublished> Resources,
    EntryTable<WorkingGroupFormed> Groups,
    EntryTable<IndicatorTargetSet> Targets)
{
    public static IndicatorsState Initial { get; } = new(NetworkRoster.Empty, Tables.Empty<MemberNetworked>(), Tables.Empty<MemberLeft>(),
        Tables.Empty<ResourcePublished>(), Tables.Empty<WorkingGroupFormed>(), Tables.Empty<IndicatorTargetSet>());
}

public sealed class IndicatorsProjection : Projection<IndicatorsState>
{
    public static IndicatorsProjection Instance { get; } = new();

    public override string Name => "indicators";
    public override int Version => 1;
    public override IndicatorsState Initial => IndicatorsState.Initial;

    public override IndicatorsState Apply(IndicatorsState state, RecordedEvent recorded) => recorded.Event switch
    {
        MemberNetworked e => state with { Members = state.Members.Put(recorded, e) },
        MemberLeft e => state with { MembersLeft = state.MembersLeft.Put(recorded, e) },
        ResourcePublished e => state with { Resources = state.Resources.Put(recorded, e) },
        WorkingGroupFormed e => state with { Groups = state.Groups.Put(recorded, e) },
        IndicatorTargetSet e => state with { Targets = state.Targets.Put(recorded, e) },
        ICorrectionEvent c => Mend(state, c),
        _ => state.Roster.Apply(recorded) is var roster && ReferenceEquals(roster, state.Roster) ? state : state with { Roster = roster },
    };

    private static IndicatorsState Mend(IndicatorsState state, ICorrectionEvent c) =>
        state.Roster.Mend(c) is { } roster ? state with { Roster = roster }
        : state.Members.Mend(c) is { } members ? state with { Members = members }
        : state.MembersLeft.Mend(c) is { } left ? state with { MembersLeft = left }
        : state.Resources.Mend(c) is { } resources ? state with { Resources = resources }
        : state.Groups.Mend(c) is { } groups ? state with { Groups = groups }
        : state.Targets.Mend(c) is { } targets ? state with { Targets = targets }
        : state;
}
