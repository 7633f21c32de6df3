using Observatory.Domain.Corrections;
using Observatory.Domain.Outcomes;
using Observatory.Domain.Recording;
using Observatory.Projections.Facts;

namespace Observatory.Projections.Recommendations;

/// <summary>Conclusions, recommendations and follow-ups; joined by their outcome stream in <see cref="RecommendationsView"/>.</summary>
public sealed record RecommendationsState(
    EntryTable<ConclusionAdopted> Conclusions,
    EntryTable<RecommendationAdopted> Recommendations,
    EntryTable<RecommendationFollowedUp> FollowUps)
{
    public static RecommendationsState Initial { get; } =
        new(Tables.Empty<ConclusionAdopted>(), Tables.Empty<RecommendationAdopted>(), Tables.Empty<RecommendationFollowedUp>());
}

public sealed class RecommendationsProjection : Projection<RecommendationsState>
{
    public static RecommendationsProjection Instance { get; } = new();

    public override string Name => "recommendations";
    public override int Version => 1;
    public override RecommendationsState Initial => RecommendationsState.Initial;

    public override RecommendationsState Apply(RecommendationsState state, RecordedEvent recorded) => recorded.Event switch
    {
        ConclusionAdopted e => state with { Conclusions = state.Conclusions.Put(recorded, e) },
        RecommendationAdopted e => state with { Recommendations = state.Recommendations.Put(recorded, e) },
        RecommendationFollowedUp e => state with { FollowUps = state.FollowUps.Put(recorded, e) },
        ICorrectionEvent c => state.Conclusions.Mend(c) is { } conclusions ? state with { Conclusions = conclusions }
            : state.Recommendations.Mend(c) is { } recommendations ? state with { Recommendations = recommendations }
            : state.FollowUps.Mend(c) is { } followUps ? state with { FollowUps = followUps }
            : state,
        _ => state,
    };
}
