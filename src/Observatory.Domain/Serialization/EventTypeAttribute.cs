namespace Observatory.Domain.Serialization;

/// <summary>
/// The stable wire name and current schema version of an event. The wire name outlives renames of the C# type;
/// the schema version goes up when the stored shape changes, together with an <see cref="IEventUpcaster"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class EventTypeAttribute(string wireName, int schemaVersion = 1) : Attribute
{
    public string WireName { get; } = wireName;
    public int SchemaVersion { get; } = schemaVersion;
}
