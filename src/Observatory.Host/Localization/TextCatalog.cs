using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;

namespace Observatory.Host.Localization;

/// <summary>
/// Every translated text, read once from the resource files <c>Localization/Texts/{area}.{language}.json</c> (flat
/// objects of key → text, embedded in the assembly). Translators edit those files; no code names a text but by its key.
/// </summary>
public sealed class TextCatalog
{
    private const string Prefix = "texts/";
    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _byLanguage;

    private TextCatalog(FrozenDictionary<string, FrozenDictionary<string, string>> byLanguage) => _byLanguage = byLanguage;

    public static TextCatalog Default { get; } = Load(typeof(TextCatalog).Assembly);

    /// <summary>The keys of one language, for completeness checks.</summary>
    public IReadOnlyCollection<string> Keys(string language) =>
        _byLanguage.TryGetValue(language, out var texts) ? texts.Keys : [];

    /// <summary>The text in that language, or null when it has none (a blank entry counts as none).</summary>
    public string? Find(string language, string key) =>
        _byLanguage.TryGetValue(language, out var texts) && texts.TryGetValue(key, out var text) ? text : null;

    internal static TextCatalog Load(Assembly assembly)
    {
        var merged = Language.All.ToDictionary(l => l.Code, _ => new Dictionary<string, string>(StringComparer.Ordinal));
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            // "texts/dashboard.pl.json" → language "pl"
            var parts = name[Prefix.Length..].Split('.');
            if (parts.Length != 3 || parts[2] != "json" || !merged.TryGetValue(parts[1], out var texts))
                throw new InvalidOperationException($"translation resource '{name}' is not named area.language.json with a known language");
            using var stream = assembly.GetManifestResourceStream(name)!;
            var entries = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
                ?? throw new InvalidOperationException($"translation resource '{name}' is empty");
            foreach (var (key, text) in entries)
            {
                if (string.IsNullOrWhiteSpace(text))
                    continue;
                if (!texts.TryAdd(key, text))
                    throw new InvalidOperationException($"text key '{key}' appears twice in language '{parts[1]}' (again in {name})");
            }
        }
        // A build that lost the files (they once went to satellite assemblies) must not render keys silently.
        if (merged[Language.English.Code].Count == 0)
            throw new InvalidOperationException("no English texts are embedded (Localization/Texts/*.en.json)");
        return new(merged.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenDictionary(StringComparer.Ordinal)));
    }
}
