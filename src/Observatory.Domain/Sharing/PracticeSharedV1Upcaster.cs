using System.Text.Json.Nodes;
using Observatory.Domain.Serialization;

namespace Observatory.Domain.Sharing;

/// <summary>practice-shared 1 → 2: the single "thematicArea" becomes the one-element list "thematicAreas".</summary>
public sealed class PracticeSharedV1Upcaster : IEventUpcaster
{
    public string WireName => "practice-shared";

    public int FromVersion => 1;

    public JsonObject Upcast(JsonObject data)
    {
        var upcast = (JsonObject)data.DeepClone();
        if (upcast.Remove("thematicArea", out var area))
            upcast["thematicAreas"] = area is null ? new JsonArray() : new JsonArray(area);
        return upcast;
    }
}
