using System.Text.Json;

namespace Observatory.Projections.DeclaredIndicators;

/// <summary>
/// Reads a field path from an event as it is written on the wire, so definitions use the names and enum spellings
/// users see in import files ("kind": "study-visit"). Lists yield each element's value.
/// </summary>
public static class FieldValues
{
    public static IEnumerable<string> At(JsonElement element, string path) => At(element, path.Split('.'), 0);

    private static IEnumerable<string> At(JsonElement element, string[] segments, int depth)
    {
        if (element.ValueKind == JsonValueKind.Array)
            return element.EnumerateArray().SelectMany(item => At(item, segments, depth));
        if (depth == segments.Length)
            return Leaf(element) is { } value ? [value] : [];
        return element.ValueKind == JsonValueKind.Object && element.TryGetProperty(segments[depth], out var child)
            ? At(child, segments, depth + 1)
            : [];
    }

    private static string? Leaf(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Null or JsonValueKind.Undefined or JsonValueKind.Object => null,
        _ => element.GetRawText(),
    };
}
