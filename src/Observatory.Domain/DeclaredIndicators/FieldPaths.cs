using System.Reflection;
using System.Text.Json;

namespace Observatory.Domain.DeclaredIndicators;

/// <summary>
/// Checks a field path ("participants.partnerId") against an event's CLR record, the same shape the wire uses, so a
/// definition that names a field no event of that type can carry is refused when it is declared, not when it counts zero.
/// </summary>
public static class FieldPaths
{
    public static bool Exists(Type recordType, string path)
    {
        var type = recordType;
        foreach (var segment in path.Split('.'))
        {
            var property = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .FirstOrDefault(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name) == segment);
            if (segment.Length == 0 || property is null)
                return false;
            type = ElementOf(property.PropertyType);
        }
        return true;
    }

    // Lists are matched element by element and nullable values by their value, so both are looked through.
    private static Type ElementOf(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
            return type;
        var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return enumerable is null ? type : ElementOf(enumerable.GetGenericArguments()[0]);
    }
}
