using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Observatory.Projections.Replay;

public enum ChangeKind { Added, Removed, Changed }

/// <summary>One difference between two states, at a JSON path ("$.sharing.meetings['0185…'].fact.startsOn"); values as JSON text.</summary>
public sealed record StateChange(string Path, ChangeKind Kind, string? Before, string? After);

/// <summary>
/// The differences between two states of the same projection (or two views), compared as their JSON documents: the
/// shape the daemon stores, so a diff of replays reads like a diff of read models. Objects are compared by member,
/// arrays by index, values by their JSON text.
/// </summary>
public static partial class StateDiff
{
    public static IReadOnlyList<StateChange> Between(IProjection projection, object before, object after) =>
        Between(JsonSerializer.SerializeToNode(before, projection.StateType, ProjectionJson.Options),
            JsonSerializer.SerializeToNode(after, projection.StateType, ProjectionJson.Options));

    public static IReadOnlyList<StateChange> Between<T>(T before, T after) =>
        Between(JsonSerializer.SerializeToNode(before, ProjectionJson.Options), JsonSerializer.SerializeToNode(after, ProjectionJson.Options));

    public static IReadOnlyList<StateChange> Between(JsonNode? before, JsonNode? after)
    {
        var changes = new List<StateChange>();
        Compare("$", before, after, changes);
        return changes;
    }

    private static void Compare(string path, JsonNode? before, JsonNode? after, List<StateChange> changes)
    {
        switch (before, after)
        {
            case (JsonObject b, JsonObject a):
                foreach (var (name, value) in b)
                {
                    if (a.TryGetPropertyValue(name, out var other))
                        Compare(Member(path, name), value, other, changes);
                    else
                        changes.Add(new StateChange(Member(path, name), ChangeKind.Removed, value?.ToJsonString(), null));
                }
                foreach (var (name, value) in a)
                {
                    if (!b.ContainsKey(name))
                        changes.Add(new StateChange(Member(path, name), ChangeKind.Added, null, value?.ToJsonString()));
                }
                break;
            case (JsonArray b, JsonArray a):
                for (var i = 0; i < Math.Max(b.Count, a.Count); i++)
                {
                    if (i >= a.Count)
                        changes.Add(new StateChange($"{path}[{i}]", ChangeKind.Removed, b[i]?.ToJsonString(), null));
                    else if (i >= b.Count)
                        changes.Add(new StateChange($"{path}[{i}]", ChangeKind.Added, null, a[i]?.ToJsonString()));
                    else
                        Compare($"{path}[{i}]", b[i], a[i], changes);
                }
                break;
            // Documents write nulls, so a null is an absent value: gaining one is an addition, losing one a removal.
            case (null, not null):
                changes.Add(new StateChange(path, ChangeKind.Added, null, after.ToJsonString()));
                break;
            case (not null, null):
                changes.Add(new StateChange(path, ChangeKind.Removed, before.ToJsonString(), null));
                break;
            default:
                if (!JsonNode.DeepEquals(before, after))
                    changes.Add(new StateChange(path, ChangeKind.Changed, before?.ToJsonString(), after?.ToJsonString()));
                break;
        }
    }

    private static string Member(string path, string name) => Identifier().IsMatch(name) ? $"{path}.{name}" : $"{path}['{name}']";

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();
}
