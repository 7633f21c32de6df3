using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using Observatory.Domain.Serialization;

namespace Observatory.Domain.Deciding;

/// <summary>
/// Business dates must be believable: nothing the observatory records predates 2000, and plans reach at most
/// <see cref="PlanHorizonInYears"/> years beyond the moment of recording. Checked for every date of every fact,
/// found by reflection once per type so a new event cannot forget it.
/// </summary>
public static class Plausibility
{
    public const int PlanHorizonInYears = 2;
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    private static readonly ConcurrentDictionary<Type, (PropertyInfo Property, string Field)[]> DateProperties = new();

    public static DateOnly Latest(DateTimeOffset now) => DateOnly.FromDateTime(now.DateTime).AddYears(PlanHorizonInYears);

    public static DomainError? Date(DateOnly value, string field, DateTimeOffset now) =>
        value < Earliest ? new DomainError("date-before-2000", $"{value:yyyy-MM-dd} is before {Earliest:yyyy-MM-dd}", field)
        : value > Latest(now) ? new DomainError("date-beyond-plan-horizon", $"{value:yyyy-MM-dd} is more than {PlanHorizonInYears} years after now", field)
        : null;

    public static DomainError? Dates(IDomainEvent fact, DateTimeOffset now)
    {
        foreach (var (property, field) in DateProperties.GetOrAdd(fact.GetType(), Find))
        {
            if (property.GetValue(fact) is DateOnly value && Date(value, field, now) is { } error)
                return error;
        }
        return null;
    }

    private static (PropertyInfo, string)[] Find(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(DateOnly) || p.PropertyType == typeof(DateOnly?))
            .Select(p => (p, JsonNamingPolicy.CamelCase.ConvertName(p.Name)))];
}
