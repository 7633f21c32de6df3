using System.Text.RegularExpressions;
using Observatory.Host.Localization;

namespace Observatory.Host.Tests.Localization;

/// <summary>The translations a translator maintains: nothing English lacks a real text in the other four languages, and nothing the code asks for is missing.</summary>
public sealed partial class CatalogueSpecs
{
    private static readonly TextCatalog Catalogue = TextCatalog.Default;
    private static readonly IReadOnlyCollection<string> English = Catalogue.Keys(Language.English.Code);

    public static TheoryData<string> OtherLanguages => [.. Language.All.Where(l => l != Language.English).Select(l => l.Code)];

    [Theory]
    [MemberData(nameof(OtherLanguages))]
    public void Every_english_text_exists_and_is_not_blank_in_the_other_language(string language)
    {
        var missing = English.Where(key => string.IsNullOrWhiteSpace(Catalogue.Find(language, key))).Order(StringComparer.Ordinal).ToList();

        Assert.True(missing.Count == 0, $"{language} lacks {missing.Count} texts: {string.Join(", ", missing.Take(20))}");
    }

    [Theory]
    [MemberData(nameof(OtherLanguages))]
    public void The_other_language_has_no_text_that_english_lacks_except_its_own_plural_forms(string language)
    {
        var extra = Catalogue.Keys(language).Where(key => !English.Contains(key) && !IsOwnPluralForm(language, key)).ToList();

        Assert.Empty(extra);
    }

    [Theory]
    [InlineData("pl")]
    [InlineData("lt")]
    public void Polish_and_lithuanian_give_every_counted_phrase_its_few_form(string language)
    {
        var counted = English.Where(k => k.EndsWith(".one", StringComparison.Ordinal)).Select(k => k[..^".one".Length]);

        Assert.All(counted, key => Assert.False(string.IsNullOrWhiteSpace(Catalogue.Find(language, key + ".few")), $"{language}: {key}.few"));
    }

    [Fact]
    public void The_holes_of_a_translation_are_those_of_its_english_text()
    {
        var wrong = Language.All.Where(l => l != Language.English).SelectMany(l => English
                .Where(key => Holes(Catalogue.Find(l.Code, key)!) is var theirs && !theirs.SetEquals(Holes(Catalogue.Find("en", key)!)))
                .Select(key => $"{l.Code}:{key}"))
            .ToList();

        Assert.Empty(wrong);
    }

    [Fact]
    public void Every_text_key_the_pages_name_exists_in_english()
    {
        var missing = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(SharedSeeds.RepositoryRoot, "src", "Observatory.Host"), "*.cs", SearchOption.AllDirectories))
        {
            var source = File.ReadAllText(file);
            foreach (Match use in KeyUse().Matches(source))
            {
                var (how, key) = (use.Groups["how"].Value, use.Groups["key"].Value);
                var found = how switch
                {
                    _ when key.EndsWith('.') => English.Any(k => k.StartsWith(key, StringComparison.Ordinal)), // t.Term("term.area.", …) or a prefix a suffix completes
                    "Plural" => English.Contains(key + ".one") && English.Contains(key + ".other"),
                    _ => English.Contains(key),
                };
                if (!found)
                    missing.Add($"{Path.GetFileName(file)}: {how} \"{key}\"");
            }
            // Field labels, hints and option terms are keys written as plain literals in the form definitions.
            foreach (Match literal in FormKey().Matches(source))
            {
                if (literal.Groups["key"].Value is var key && !English.Contains(key) && !English.Contains(key + ".one"))
                    missing.Add($"{Path.GetFileName(file)}: \"{key}\"");
            }
        }

        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    [Fact]
    public void The_scan_finds_the_keys_it_checks()
    {
        var layout = File.ReadAllText(Path.Combine(SharedSeeds.RepositoryRoot, "src", "Observatory.Host", "Dashboard", "Layout.cs"));

        Assert.Contains(KeyUse().Matches(layout), m => m.Groups["key"].Value == "layout.skip");
    }

    private static bool IsOwnPluralForm(string language, string key) =>
        language is "pl" or "lt" && key.EndsWith(".few", StringComparison.Ordinal) && English.Contains(key[..^".few".Length] + ".one");

    private static HashSet<string> Holes(string text) => [.. Hole().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Hole();

    // t["key"], t.Format("key", …), t.Term("prefix.", …), t.Plural("key", …); also "prefix." + value and $"prefix.{value}" forms.
    [GeneratedRegex(@"\b(?:t|Texts\(\))(?:\[|\.(?<how>Format|Term|Plural|Translation)\()\s*\$?""(?<key>[a-z][a-z0-9-]*\.[A-Za-z0-9.\-]*)")]
    private static partial Regex KeyUse();

    [GeneratedRegex(@"""(?<key>(?:form|forms|loop|public-feedback|term)\.[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*)""")]
    private static partial Regex FormKey();
}
