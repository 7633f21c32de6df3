using System.Globalization;

namespace Observatory.Host.Localization;

/// <summary>
/// One page's texts in one language. A text missing in that language falls back to English, never to a blank; a key
/// missing even in English shows as the key itself, which the catalogue's tests catch.
/// </summary>
public sealed class Texts(Language language, TextCatalog catalog, IReadOnlyList<LanguageLink>? switches = null)
{
    public static Texts English { get; } = new(Language.English, TextCatalog.Default);

    public Language Language { get; } = language;

    public CultureInfo Culture => Language.Culture;

    /// <summary>Links to the same page in each other language (empty when not rendered for a request).</summary>
    public IReadOnlyList<LanguageLink> Switches { get; } = switches ?? [];

    public string this[string key] =>
        catalog.Find(Language.Code, key) ?? catalog.Find(Language.English.Code, key) ?? key;

    /// <summary>The text in this page's own language only, or null: for callers with a better fallback than English.</summary>
    public string? Translation(string key) => catalog.Find(Language.Code, key);

    /// <summary>A text with {0}-style holes filled in the language's culture.</summary>
    public string Format(string key, params object?[] args) => string.Format(Culture, this[key], args);

    /// <summary>The text for an enumeration-like value ("labour-market") if translated under <paramref name="prefix"/>, else the value in words.</summary>
    public string Term(string prefix, string value) =>
        catalog.Find(Language.Code, prefix + value) ?? catalog.Find(Language.English.Code, prefix + value) ?? Words(value);

    /// <summary>
    /// A counted phrase: <c>{key}.one</c>, <c>{key}.few</c> (Polish and Lithuanian only) or <c>{key}.other</c>, its
    /// <c>{0}</c> filled with the number — so "2 partnerów" is never written "2 partnerzy".
    /// </summary>
    public string Plural(string key, long count)
    {
        var form = $"{key}.{PluralForm(Language.Code, count)}";
        var text = catalog.Find(Language.Code, form) ?? catalog.Find(Language.Code, key + ".other")
            ?? catalog.Find(Language.English.Code, $"{key}.{PluralForm(Language.English.Code, count)}") ?? form;
        return string.Format(Culture, text, Number(count));
    }

    /// <summary>The plural category of a count in a language (CLDR's integer rules, "many" folded into "other").</summary>
    public static string PluralForm(string language, long count)
    {
        var (ten, hundred) = (count % 10, count % 100);
        return language switch
        {
            "pl" => count == 1 ? "one" : ten is >= 2 and <= 4 && hundred is < 12 or > 14 ? "few" : "other",
            "lt" => ten == 1 && hundred != 11 ? "one" : ten is >= 2 and <= 9 && hundred is < 11 or > 19 ? "few" : "other",
            _ => count == 1 ? "one" : "other",
        };
    }

    public string Date(DateOnly day) => day.ToString("d", Culture);

    public string Number(long value) => value.ToString("N0", Culture);

    public string Number(decimal value) => value.ToString("#,0.##", Culture);

    // The culture places the sign: "12%" in English and Polish, "12 %" in German, Swedish and Lithuanian.
    public string Percent(decimal ratio) => ratio.ToString("P0", Culture);

    private static string Words(string key) =>
        key.Length == 0 ? key : char.ToUpperInvariant(key[0]) + key[1..].Replace('-', ' ');
}

/// <summary>The same page in another language: the link keeps the page's other query parameters.</summary>
public sealed record LanguageLink(Language Language, string Href, bool Current);
