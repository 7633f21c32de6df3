using System.Text.Json.Nodes;
using Observatory.Domain.Serialization;

namespace Observatory.Domain.Platform;

/// <summary>
/// country-guide-published 1 → 2: the free-text "procedure" becomes a known value. Text that names one of the known
/// procedures ("Temporary protection", "temporary-protection") maps to it; any other text becomes "other", and the
/// text is kept as the title when the guide had none, so nothing written is lost.
/// </summary>
public sealed class CountryGuidePublishedV1Upcaster : IEventUpcaster
{
    public string WireName => "country-guide-published";

    public int FromVersion => 1;

    public JsonObject Upcast(JsonObject data)
    {
        var upcast = (JsonObject)data.DeepClone();
        var text = upcast["procedure"]?.GetValue<string>() ?? "";
        var slug = string.Join('-', text.Trim().ToLowerInvariant().Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries));
        var known = Enum.GetNames<GuideProcedure>().Select(Kebab).FirstOrDefault(k => k == slug);
        upcast["procedure"] = known ?? "other";
        if (known is null && upcast["title"] is null && text.Length > 0)
            upcast["title"] = text;
        return upcast;
    }

    private static string Kebab(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
