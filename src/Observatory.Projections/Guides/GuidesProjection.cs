using Observatory.Domain.Corrections;
using Observatory.Domain.Platform;
using Observatory.Domain.Recording;
using Observatory.Projections.Facts;

namespace Observatory.Projections.Guides;

/// <summary>Country guides as published and every review of them; <see cref="GuidesView"/> says which are overdue on a day.</summary>
public sealed record GuidesState(EntryTable<CountryGuidePublished> Published, EntryTable<CountryGuideReviewed> Reviews)
{
    public static GuidesState Initial { get; } = new(Tables.Empty<CountryGuidePublished>(), Tables.Empty<CountryGuideReviewed>());
}

public sealed class GuidesProjection : Projection<GuidesState>
{
    public static GuidesProjection Instance { get; } = new();

    public override string Name => "guides";
    public override int Version => 1;
    public override GuidesState Initial => GuidesState.Initial;

    public override GuidesState Apply(GuidesState state, RecordedEvent recorded) => recorded.Event switch
    {
        CountryGuidePublished e => state with { Published = state.Published.Put(recorded, e) },
        CountryGuideReviewed e => state with { Reviews = state.Reviews.Put(recorded, e) },
        ICorrectionEvent c => state.Published.Mend(c) is { } published ? state with { Published = published }
            : state.Reviews.Mend(c) is { } reviews ? state with { Reviews = reviews }
            : state,
        _ => state,
    };
}
