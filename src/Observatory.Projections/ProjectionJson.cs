using System.Text.Json;
using System.Text.Json.Serialization;
using Observatory.Domain.Serialization;

namespace Observatory.Projections;

/// <summary>
/// The JSON shape of read-model documents: the event serializer's conventions and strictness, except that nulls are
/// written. Reading requires every constructor parameter, so a document that left out a null could not be read back
/// by the daemon after a restart; writing them keeps every state round-trippable whatever its defaults.
/// </summary>
public static class ProjectionJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(EventSerializer.Options) { DefaultIgnoreCondition = JsonIgnoreCondition.Never };
        options.MakeReadOnly();
        return options;
    }

    public static string Serialize(IProjection projection, object state) => JsonSerializer.Serialize(state, projection.StateType, Options);

    public static object Deserialize(IProjection projection, string json) =>
        JsonSerializer.Deserialize(json, projection.StateType, Options)
        ?? throw new JsonException($"The stored document of projection '{projection.Name}' v{projection.Version} is null.");
}
