using Observatory.Domain.Corrections;
using Observatory.Domain.Recording;
using Observatory.Domain.Sharing;
using Observatory.Projections.Facts;
using Observatory.Projections.Roster;

namespace Observatory.Projections.Resources;

/// <summary>The published resources, and the partners so a partner's resource without a country takes the partner's.</summary>
public sealed record ResourcesState(NetworkRoster Roster, EntryTable<ResourcePublished> Resources)
{
    public static ResourcesState Initial { get; } = new(NetworkRoster.Empty, Tables.Empty<ResourcePublished>());
}

public sealed class ResourcesProjection : Projection<ResourcesState>
{
    public static ResourcesProjection Instance { get; } = new();

    public override string Name => "resources";
    public override int Version => 1;
    public override ResourcesState Initial => ResourcesState.Initial;

    public override ResourcesState Apply(ResourcesState state, RecordedEvent recorded) => recorded.Event switch
    {
        ResourcePublished e => state with { Resources = state.Resources.Put(recorded, e) },
        ICorrectionEvent c => state.Roster.Mend(c) is { } roster ? state with { Roster = roster }
            : state.Resources.Mend(c) is { } resources ? state with { Resources = resources }
            : state,
        _ => state.Roster.Apply(recorded) is var next && ReferenceEquals(next, state.Roster) ? state : state with { Roster = next },
    };
}
