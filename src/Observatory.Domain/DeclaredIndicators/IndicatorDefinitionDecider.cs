using System.Collections.Immutable;
using Observatory.Domain.Deciding;
using Observatory.Domain.Evaluations;
using Observatory.Domain.Recording;
using Observatory.Domain.Serialization;

namespace Observatory.Domain.DeclaredIndicators;

/// <summary>
/// A declared indicator lives in "indicator-{key}"; each version is the previous one plus one, and its selectors
/// name event types and fields that exist, so every version can always be computed over the whole history.
/// </summary>
public static class IndicatorDefinitionDecider
{
    public sealed record DefinitionState(int LatestVersion)
    {
        public static DefinitionState Initial { get; } = new(0);
    }

    public static DefinitionState Evolve(DefinitionState state, IIndicatorEvent fact) =>
        fact is IIndicatorDefinition definition ? state with { LatestVersion = definition.Version } : state;

    public static DomainError? Check(DefinitionState state, IIndicatorEvent fact, FactContext context) => fact switch
    {
        IIndicatorDefinition definition => Require.Slug(definition.Key, "key", "indicator-key-format")
            ?? (context.Stream == $"{StreamKinds.Indicator}-{definition.Key}"
                ? null
                : new DomainError("indicator-key-not-stream", $"an indicator '{definition.Key}' lives in stream 'indicator-{definition.Key}'", "key"))
            ?? (definition.Version == state.LatestVersion + 1
                ? null
                : new DomainError("indicator-version-sequence", $"must be {state.LatestVersion + 1}, the previous version plus one", "version"))
            ?? Require.Text(definition.Title, "title", "title-required")
            ?? Require.Known(definition.Measure, "measure")
            ?? Require.Known(definition.Period, "period")
            ?? MeasureShape(definition)
            ?? Selector(definition.Numerator, "numerator")
            ?? (definition.Denominator is { } denominator ? Selector(denominator, "denominator") : null)
            ?? Disaggregations(definition),
        _ => null,
    };

    internal static ImmutableHashSet<Type> CreatingEvents { get; } = [typeof(IndicatorDefined)];

    private static DomainError? MeasureShape(IIndicatorDefinition definition) => definition switch
    {
        { Measure: IndicatorMeasure.Ratio, Denominator: null } =>
            new DomainError("ratio-needs-denominator", "a ratio divides the numerator by a denominator", "denominator"),
        { Measure: not IndicatorMeasure.Ratio, Denominator: not null } =>
            new DomainError("denominator-only-for-ratio", "only a ratio has a denominator", "denominator"),
        { Measure: IndicatorMeasure.DistinctCount, Numerator.DistinctField: null } =>
            new DomainError("distinct-count-needs-field", "name the field whose distinct values are counted", "numerator.distinctField"),
        _ => null,
    };

    private static DomainError? Selector(EventSelector selector, string field)
    {
        if (!EventCatalog.TryGet(selector.EventType ?? "", out var info))
            return new DomainError("event-type-unknown", $"'{selector.EventType}' is not a known event type", $"{field}.eventType");
        foreach (var (path, values) in selector.Filters ?? ImmutableDictionary<string, IReadOnlyList<string>>.Empty)
        {
            if (!FieldPaths.Exists(info.ClrType, path))
                return UnknownField(info, path, $"{field}.filters.{path}");
            if (values is not { Count: > 0 })
                return new DomainError("filter-values-required", "list at least one allowed value", $"{field}.filters.{path}");
        }
        return selector.DistinctField is { } distinct && !FieldPaths.Exists(info.ClrType, distinct)
            ? UnknownField(info, distinct, $"{field}.distinctField")
            : null;
    }

    // A disaggregation splits both sides of a ratio, so its field must exist on each of them.
    private static DomainError? Disaggregations(IIndicatorDefinition definition) =>
        Require.Distinct(definition.Disaggregations, "disaggregations", "disaggregation-listed-twice")
        ?? Require.Each(definition.Disaggregations, "disaggregations", (path, field) =>
            new[] { definition.Numerator, definition.Denominator }.OfType<EventSelector>()
                .Select(s => EventCatalog.TryGet(s.EventType, out var info) && !FieldPaths.Exists(info.ClrType, path) ? UnknownField(info, path, field) : null)
                .FirstOrDefault(e => e is not null));

    private static DomainError UnknownField(EventTypeInfo info, string path, string field) =>
        new("filter-field-unknown", $"'{path}' is not a field of '{info.WireName}'", field);
}
