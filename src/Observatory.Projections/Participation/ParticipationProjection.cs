using Observatory.Domain.Recording;
using Observatory.Projections.Roster;
using Observatory.Projections.Sharing;

namespace Observatory.Projections.Participation;

/// <summary>The same facts as the timeline, read as a balance between partners by <see cref="ParticipationView"/>.</summary>
public sealed record ParticipationState(NetworkRoster Roster, SharingFacts Sharing)
{
    public static ParticipationState Initial { get; } = new(NetworkRoster.Empty, SharingFacts.Empty);
}

public sealed class ParticipationProjection : Projection<ParticipationState>
{
    public static ParticipationProjection Instance { get; } = new();

    public override string Name => "participation";
    public override int Version => 1;
    public override ParticipationState Initial => ParticipationState.Initial;

    public override ParticipationState Apply(ParticipationState state, RecordedEvent recorded) =>
        SharingFold.Apply(state.Roster, state.Sharing, recorded) is var (roster, sharing)
            && (!ReferenceEquals(roster, state.Roster) || !ReferenceEquals(sharing, state.Sharing))
            ? new ParticipationState(roster, sharing)
            : state;
}
