using System.Collections.Frozen;
using System.Reflection;

namespace Observatory.Domain.Serialization;

/// <summary>Every event type the domain knows, found once by reflection over <see cref="EventTypeAttribute"/>.</summary>
public static class EventCatalog
{
    private static readonly FrozenDictionary<string, EventTypeInfo> ByWireName;
    private static readonly FrozenDictionary<Type, EventTypeInfo> ByClrType;
    private static readonly FrozenDictionary<(string, int), IEventUpcaster> Upcasters;

    static EventCatalog()
    {
        var assembly = typeof(EventCatalog).Assembly;
        var infos = assembly.GetTypes()
            .Select(t => (Type: t, Attribute: t.GetCustomAttribute<EventTypeAttribute>()))
            .Where(x => x.Attribute is not null)
            .Select(x => new EventTypeInfo(x.Attribute!.WireName, x.Type, x.Attribute.SchemaVersion))
            .ToList();
        ByWireName = infos.ToFrozenDictionary(i => i.WireName, StringComparer.Ordinal);
        ByClrType = infos.ToFrozenDictionary(i => i.ClrType);
        Upcasters = assembly.GetTypes()
            .Where(t => typeof(IEventUpcaster).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .Select(t => (IEventUpcaster)Activator.CreateInstance(t)!)
            .ToFrozenDictionary(u => (u.WireName, u.FromVersion));
    }

    public static IEnumerable<EventTypeInfo> All => ByWireName.Values.OrderBy(i => i.WireName, StringComparer.Ordinal);

    public static bool TryGet(string wireName, out EventTypeInfo info) => ByWireName.TryGetValue(wireName, out info!);

    public static EventTypeInfo For(Type clrType) =>
        ByClrType.TryGetValue(clrType, out var info)
            ? info
            : throw new InvalidOperationException($"{clrType.Name} has no [EventType] attribute.");

    public static EventTypeInfo For<T>() where T : IDomainEvent => For(typeof(T));

    internal static IEventUpcaster? UpcasterFrom(string wireName, int version) =>
        Upcasters.TryGetValue((wireName, version), out var upcaster) ? upcaster : null;
}

public sealed record EventTypeInfo(string WireName, Type ClrType, int SchemaVersion);
