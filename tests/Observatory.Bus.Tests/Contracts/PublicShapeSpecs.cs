using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using Observatory.Domain.Serialization;
using Observatory.Host.Contracts;

namespace Observatory.Bus.Tests.Contracts;

/// <summary>
/// The compatibility guard: every event type in the approved file must still go out in the same schema version
/// with at least the approved fields. New types and new fields pass (subscribers ignore what they do not know);
/// a removed or renamed field, or a new schema version, fails here before it reaches a subscriber. Accept a
/// deliberate change with OBSERVATORY_ACCEPT_CONTRACTS=1 (and say in docs/contracts.md what it means for subscribers).
/// </summary>
public sealed class PublicShapeSpecs
{
    [Fact]
    public void Every_approved_event_shape_still_goes_out_with_its_schema_version_and_at_least_its_fields()
    {
        var approvedFile = SourceFile("public-shapes.approved.txt");
        var current = CurrentShapes();
        if (Environment.GetEnvironmentVariable("OBSERVATORY_ACCEPT_CONTRACTS") == "1" || !File.Exists(approvedFile))
            File.WriteAllLines(approvedFile, current.Select(Format));

        var now = current.ToDictionary(s => s.Type, StringComparer.Ordinal);
        var broken = new List<string>();
        foreach (var approved in File.ReadAllLines(approvedFile).Where(l => l.Length > 0).Select(Parse))
        {
            if (!now.TryGetValue(approved.Type, out var shape))
                broken.Add($"{approved.Type}: no longer published");
            else if (shape.Version != approved.Version)
                broken.Add($"{approved.Type}: schema version {shape.Version}, approved {approved.Version}");
            else if (approved.Fields.Except(shape.Fields, StringComparer.Ordinal).ToList() is { Count: > 0 } missing)
                broken.Add($"{approved.Type}: lost {string.Join(", ", missing)}");
        }

        var receivedFile = SourceFile("public-shapes.received.txt");
        if (broken.Count > 0)
            File.WriteAllLines(receivedFile, current.Select(Format));
        else
            File.Delete(receivedFile);
        Assert.True(broken.Count == 0, "Public contract changed incompatibly:\n" + string.Join('\n', broken));
    }

    private sealed record Shape(string Type, int Version, IReadOnlyList<string> Fields);

    private static List<Shape> CurrentShapes() =>
    [
        .. EventCatalog.All.Select(info => new Shape(info.WireName, info.SchemaVersion,
            [.. info.ClrType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is null && p.GetIndexParameters().Length == 0)
                .Select(JsonName)
                .Except(WithheldFields.Of(info.WireName), StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)])),
    ];

    private static string JsonName(PropertyInfo property) =>
        property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name
        ?? EventSerializer.Options.PropertyNamingPolicy?.ConvertName(property.Name)
        ?? property.Name;

    private static string Format(Shape shape) => $"{shape.Type} v{shape.Version}: {string.Join(' ', shape.Fields)}";

    private static Shape Parse(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        var head = line[..colon].Split(" v");
        return new Shape(head[0], int.Parse(head[1], System.Globalization.CultureInfo.InvariantCulture),
            line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static string SourceFile(string name, [CallerFilePath] string here = "") => Path.Combine(Path.GetDirectoryName(here)!, name);
}
