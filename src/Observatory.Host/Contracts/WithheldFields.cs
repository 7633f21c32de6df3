using System.Collections.Frozen;
using System.Text.Json.Nodes;

namespace Observatory.Host.Contracts;

/// <summary>
/// Fields that never leave the observatory. Migrant feedback is about vulnerable people: its free text and its
/// (encrypted) contact stay inside, whatever the consent. Helpline summaries and notes describe one person's
/// situation in free text, so they stay inside too. Starting narrow is the compatible direction: a field can be
/// added to a contract later, but once published it can never be taken back from a subscriber's copy.
/// The feedback loop follows the same line: the status token's hash stays inside (only the observatory answers
/// status questions), and so do a response's words and where a case was referred, which are about one person's
/// case; subscribers see that the loop moved, its scope, reason and what answered it.
/// </summary>
public static class WithheldFields
{
    private static readonly (string StreamKind, string Type, string[] Fields)[] Rules =
    [
        ("feedback", "migrant-feedback-recorded", ["text", "contact", "statusTokenHash"]),
        ("feedback", "feedback-referred", ["to"]),
        ("feedback", "feedback-responded", ["response"]),
        ("request", "helpline-request-received", ["summary"]),
        ("request", "helpline-request-referred", ["note"]),
        ("request", "helpline-request-resolved", ["note"]),
    ];

    private static readonly FrozenDictionary<string, string[]> ByType =
        Rules.ToFrozenDictionary(r => r.Type, r => r.Fields, StringComparer.Ordinal);

    // A correction carries the full replacement data of an entry of its own stream; any type of that stream kind may
    // be the one corrected, so the replacement loses every field withheld anywhere in the kind.
    private static readonly FrozenDictionary<string, string[]> ByStreamKind = Rules
        .GroupBy(r => r.StreamKind, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.SelectMany(r => r.Fields).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);

    public const string CorrectionType = "entry-corrected";
    public const string ReplacementField = "replacement";

    /// <summary>The withheld field names of one event type (empty when it has none).</summary>
    public static IReadOnlyList<string> Of(string type) => ByType.GetValueOrDefault(type) ?? [];

    /// <summary>Removes, in place, every withheld field of an event's data (its camelCase JSON object).</summary>
    public static void Strip(string type, string streamKind, JsonObject data)
    {
        foreach (var field in Of(type))
            data.Remove(field);
        if (type == CorrectionType && ByStreamKind.TryGetValue(streamKind, out var fields)
            && data[ReplacementField] is JsonObject replacement)
        {
            foreach (var field in fields)
                replacement.Remove(field);
        }
    }
}
