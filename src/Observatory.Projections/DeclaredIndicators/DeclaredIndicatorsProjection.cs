using Observatory.Domain.Corrections;
using Observatory.Domain.DeclaredIndicators;
using Observatory.Domain.Recording;
using Observatory.Projections.Facts;

namespace Observatory.Projections.DeclaredIndicators;

/// <summary>Every version of every declared indicator; <see cref="DeclaredIndicatorEvaluator"/> computes any of them.</summary>
public sealed record DeclaredIndicatorsState(
    EntryTable<IndicatorDefined> Defined,
    EntryTable<IndicatorRedefined> Redefined)
{
    public static DeclaredIndicatorsState Initial { get; } = new(Tables.Empty<IndicatorDefined>(), Tables.Empty<IndicatorRedefined>());
}

public sealed class DeclaredIndicatorsProjection : Projection<DeclaredIndicatorsState>
{
    public static DeclaredIndicatorsProjection Instance { get; } = new();

    public override string Name => "declared-indicators";
    public override int Version => 1;
    public override DeclaredIndicatorsState Initial => DeclaredIndicatorsState.Initial;

    public override DeclaredIndicatorsState Apply(DeclaredIndicatorsState state, RecordedEvent recorded) => recorded.Event switch
    {
        IndicatorDefined e => state with { Defined = state.Defined.Put(recorded, e) },
        IndicatorRedefined e => state with { Redefined = state.Redefined.Put(recorded, e) },
        ICorrectionEvent c => state.Defined.Mend(c) is { } defined ? state with { Defined = defined }
            : state.Redefined.Mend(c) is { } redefined ? state with { Redefined = redefined }
            : state,
        _ => state,
    };
}

public static class DeclaredIndicatorsView
{
    /// <summary>Each key with its versions in order: every version stays listed, the latest is the last.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<IIndicatorDefinition>> Definitions(DeclaredIndicatorsState state) =>
        new SortedDictionary<string, IReadOnlyList<IIndicatorDefinition>>(
            state.Defined.Values.Select(e => (IIndicatorDefinition)e.Fact).Concat(state.Redefined.Values.Select(e => (IIndicatorDefinition)e.Fact))
                .GroupBy(d => d.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<IIndicatorDefinition>)[.. g.OrderBy(d => d.Version)], StringComparer.Ordinal),
            StringComparer.Ordinal);

    /// <summary>One version, or the latest when <paramref name="version"/> is null; null when there is no such definition.</summary>
    public static IIndicatorDefinition? Find(DeclaredIndicatorsState state, string key, int? version = null) =>
        Definitions(state).TryGetValue(key, out var versions)
            ? version is { } v ? versions.FirstOrDefault(d => d.Version == v) : versions[^1]
            : null;
}
