using System.Globalization;
using System.Text.Json.Nodes;

namespace Observatory.Host.Dashboard.Forms;

/// <summary>
/// Turns typed values into the command body the API takes (<c>{"data": {…}, "occurredOn": …}</c>). Blank inputs are
/// left out rather than sent empty, so the entry's own rules say what is required; nothing is checked here, so the form
/// cannot disagree with the API.
/// </summary>
public static class FormBody
{
    public const string OccurredOn = "occurredOn";

    public static JsonObject Data(IReadOnlyList<FormField> fields, FormValues values)
    {
        var data = new JsonObject();
        foreach (var field in fields.Where(f => f.InData))
        {
            if (Value(field, values) is { } node)
                data[field.Name] = node;
        }
        return data;
    }

    /// <summary>
    /// For forms whose entry names its own rule for a missing value: the required lists and texts left blank are sent
    /// empty rather than left out, so that rule answers ("guide-language-required", "body-required") instead of the
    /// parser's "malformed".
    /// </summary>
    public static JsonObject KeepBlanks(JsonObject data, IEnumerable<string> lists, IEnumerable<string>? texts = null)
    {
        foreach (var name in lists.Where(n => !data.ContainsKey(n)))
            data[name] = new JsonArray();
        foreach (var name in (texts ?? []).Where(n => !data.ContainsKey(n)))
            data[name] = "";
        return data;
    }

    public static byte[] Body(JsonObject data, FormValues values)
    {
        var body = new JsonObject { ["data"] = data };
        if (values[OccurredOn] is { Length: > 0 } day)
            body[OccurredOn] = day;
        return System.Text.Encoding.UTF8.GetBytes(body.ToJsonString());
    }

    private static JsonNode? Value(FormField field, FormValues values)
    {
        var text = values[field.Name];
        return field.Kind switch
        {
            FieldKind.Choices or FieldKind.Lines => Array(field.Kind == FieldKind.Lines
                ? [.. text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)]
                : values.All(field.Name)),
            FieldKind.Check => values.Has(field.Name, "true") ? JsonValue.Create(true) : null,
            FieldKind.Number when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
            _ => text.Length == 0 ? null : JsonValue.Create(text),
        };
    }

    private static JsonArray? Array(IReadOnlyList<string> items) =>
        items.Count == 0 ? null : new JsonArray([.. items.Select(i => (JsonNode?)JsonValue.Create(i))]);
}
