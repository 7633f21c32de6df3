using System.Text.Json.Nodes;

namespace Observatory.Domain.Serialization;

/// <summary>
/// Rewrites the stored JSON of one event type from <see cref="FromVersion"/> to the next version. Stored events are
/// never rewritten in place; upcasters run on every read, chained until the current version.
/// </summary>
public interface IEventUpcaster
{
    string WireName { get; }
    int FromVersion { get; }
    JsonObject Upcast(JsonObject data);
}
