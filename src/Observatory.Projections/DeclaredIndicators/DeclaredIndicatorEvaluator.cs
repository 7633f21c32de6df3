using System.Text.Json;
using Observatory.Domain.DeclaredIndicators;
using Observatory.Domain.Serialization;
using Observatory.Projections.Facts;
using Observatory.Projections.Periods;
using Observatory.Projections.Roster;

namespace Observatory.Projections.DeclaredIndicators;

/// <summary>One field value's share of a period's value; facts without the field fall under "(unspecified)".</summary>
public sealed record DisaggregatedValue(string Field, string FieldValue, decimal Numerator, decimal? Denominator, decimal? Value);

/// <summary><see cref="Value"/> is the count, the distinct count, or numerator / denominator (null when the denominator is 0).</summary>
public sealed record DeclaredValue(string Period, DateOnly From, DateOnly To, decimal Numerator, decimal? Denominator, decimal? Value,
    IReadOnlyList<DisaggregatedValue> Disaggregated);

public sealed record DeclaredIndicatorResult(string Key, int Version, string Title, string Measure, string PeriodKind, IReadOnlyList<DeclaredValue> Values);

/// <summary>
/// Computes one version of a declared indicator over a history, between two business days (both included): facts are
/// placed by their corrected business date, periods are clipped to the span. Pure: the same definition over the same
/// history gives the same result, so an earlier version stays reproducible after the definition changes.
/// </summary>
public static class DeclaredIndicatorEvaluator
{
    public static DeclaredIndicatorResult Evaluate(IIndicatorDefinition definition, DeclaredHistory history, DateOnly from, DateOnly to)
    {
        var numerator = Matching(definition.Numerator, history.Facts, from, to);
        var denominator = definition.Denominator is { } d ? Matching(d, history.Facts, from, to) : null;
        var values = PeriodSeries.Covering(definition.Period, from, to, history.Terms).Select(period =>
        {
            var num = numerator.Where(f => period.Contains(f.Date)).ToList();
            var den = denominator?.Where(f => period.Contains(f.Date)).ToList();
            return Value(definition, period, num, den);
        });
        return new DeclaredIndicatorResult(definition.Key, definition.Version, definition.Title, Keys.Of(definition.Measure), Keys.Of(definition.Period), [.. values]);
    }

    private sealed record Matched(DateOnly Date, JsonElement Data);

    private static DeclaredValue Value(IIndicatorDefinition definition, Period period, List<Matched> numerator, List<Matched>? denominator)
    {
        var (num, den) = (Measure(definition.Numerator, numerator), denominator is null ? (decimal?)null : Measure(definition.Denominator!, denominator));
        var split = (definition.Disaggregations ?? []).SelectMany(field =>
        {
            var numBy = GroupBy(numerator, field);
            var denBy = denominator is null ? null : GroupBy(denominator, field);
            return numBy.Keys.Union(denBy?.Keys ?? Enumerable.Empty<string>(), StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(value =>
            {
                var n = Measure(definition.Numerator, numBy.GetValueOrDefault(value) ?? []);
                decimal? dd = denBy is null ? null : Measure(definition.Denominator!, denBy.GetValueOrDefault(value) ?? []);
                return new DisaggregatedValue(field, value, n, dd, Result(n, dd));
            });
        });
        return new DeclaredValue(period.Label, period.From, period.To, num, den, Result(num, den), [.. split]);
    }

    private static decimal? Result(decimal numerator, decimal? denominator) =>
        denominator is null ? numerator : denominator == 0 ? null : Math.Round(numerator / denominator.Value, 4);

    private static decimal Measure(EventSelector selector, IReadOnlyCollection<Matched> facts) =>
        selector.DistinctField is { } field
            ? facts.SelectMany(f => FieldValues.At(f.Data, field)).Distinct(StringComparer.Ordinal).Count()
            : facts.Count;

    private static Dictionary<string, List<Matched>> GroupBy(List<Matched> facts, string field)
    {
        var groups = new Dictionary<string, List<Matched>>(StringComparer.Ordinal);
        foreach (var fact in facts)
        {
            var values = FieldValues.At(fact.Data, field).Distinct(StringComparer.Ordinal).ToList();
            foreach (var value in values.Count == 0 ? [Keys.Unspecified] : values)
            {
                if (!groups.TryGetValue(value, out var list))
                    groups[value] = list = [];
                list.Add(fact);
            }
        }
        return groups;
    }

    private static List<Matched> Matching(EventSelector selector, IReadOnlyList<EffectiveFact> facts, DateOnly from, DateOnly to)
    {
        if (!EventCatalog.TryGet(selector.EventType, out var info))
            throw new ProjectionException($"The indicator counts '{selector.EventType}', which is not a known event type.");
        var matched = new List<Matched>();
        foreach (var fact in facts)
        {
            if (fact.Fact.GetType() != info.ClrType || fact.BusinessDate < from || fact.BusinessDate > to)
                continue;
            var data = JsonSerializer.SerializeToElement(fact.Fact, info.ClrType, EventSerializer.Options);
            if ((selector.Filters ?? new Dictionary<string, IReadOnlyList<string>>()).All(filter =>
                    FieldValues.At(data, filter.Key).Any(value => filter.Value.Contains(value, StringComparer.Ordinal))))
                matched.Add(new Matched(fact.BusinessDate, data));
        }
        return matched;
    }
}
