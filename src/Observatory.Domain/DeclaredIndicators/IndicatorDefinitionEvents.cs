using Observatory.Domain.Serialization;

namespace Observatory.Domain.DeclaredIndicators;

/// <summary>Facts of an "indicator-{key}" stream: the versions of one indicator a network declares as data.</summary>
public interface IIndicatorEvent : IDomainEvent;

public enum IndicatorMeasure { Count, DistinctCount, Ratio }

public enum IndicatorPeriod { Month, Quarter, CalendarYear, LeadershipTerm, Range }

/// <summary>
/// Which facts an indicator counts: events of <see cref="EventType"/> (a wire name) whose fields match every filter
/// (a camelCase field path such as "kind" or "participants.partnerId" → the allowed values, as written on the wire).
/// <see cref="DistinctField"/> makes the count a count of distinct values of that field.
/// </summary>
public sealed record EventSelector(
    string EventType,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Filters = null,
    string? DistinctField = null);

/// <summary>One version of a declared indicator, whichever event carried it.</summary>
public interface IIndicatorDefinition : IIndicatorEvent
{
    string Key { get; }
    int Version { get; }
    string Title { get; }
    IndicatorMeasure Measure { get; }
    EventSelector Numerator { get; }
    IndicatorPeriod Period { get; }
    EventSelector? Denominator { get; }
    IReadOnlyList<string>? Disaggregations { get; }
}

/// <summary>
/// The first version of an indicator; it opens the stream. Later versions are <see cref="IndicatorRedefined"/>,
/// because a stream's opening event cannot repeat (rule stream-already-created).
/// </summary>
[EventType("indicator-defined")]
public sealed record IndicatorDefined(
    string Key,
    int Version,
    string Title,
    IndicatorMeasure Measure,
    EventSelector Numerator,
    IndicatorPeriod Period,
    EventSelector? Denominator = null,
    IReadOnlyList<string>? Disaggregations = null) : IIndicatorDefinition;

/// <summary>A new version of the definition: the earlier versions stay computable, nothing they showed is rewritten.</summary>
[EventType("indicator-redefined")]
public sealed record IndicatorRedefined(
    string Key,
    int Version,
    string Title,
    IndicatorMeasure Measure,
    EventSelector Numerator,
    IndicatorPeriod Period,
    EventSelector? Denominator = null,
    IReadOnlyList<string>? Disaggregations = null) : IIndicatorDefinition;
