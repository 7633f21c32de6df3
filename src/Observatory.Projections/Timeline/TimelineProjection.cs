using Observatory.Domain.Recording;
using Observatory.Projections.Roster;
using Observatory.Projections.Sharing;

namespace Observatory.Projections.Timeline;

/// <summary>The facts of cyclical sharing and the partners; <see cref="TimelineView"/> aggregates them per month, quarter and area.</summary>
public sealed record TimelineState(NetworkRoster Roster, SharingFacts Sharing)
{
    public static TimelineState Initial { get; } = new(NetworkRoster.Empty, SharingFacts.Empty);
}

public sealed class TimelineProjection : Projection<TimelineState>
{
    public static TimelineProjection Instance { get; } = new();

    public override string Name => "timeline";
    public override int Version => 1;
    public override TimelineState Initial => TimelineState.Initial;

    public override TimelineState Apply(TimelineState state, RecordedEvent recorded) =>
        SharingFold.Apply(state.Roster, state.Sharing, recorded) is var (roster, sharing)
            && (!ReferenceEquals(roster, state.Roster) || !ReferenceEquals(sharing, state.Sharing))
            ? new TimelineState(roster, sharing)
            : state;
}
