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

    /// <summary>A text with {0}-style holes filled in the language's culture.</summary>
    public string Format(string key, params object?[] args) => string.Format(Culture, this[key], args);

    /// <summary>The text for an enumeration-like value ("labour-market") if translated under <paramref name="prefix"/>, else the value in words.</summary>
    public string Term(string prefix, string value) =>
        catalog.Find(Language.Code, prefix + value) ?? catalog.Find(Language.English.Code, prefix + value) ?? Words(value);

    public string Date(DateOnly day) => day.ToString("d", Culture);

    public string Number(long value) => value.ToString("N0", Culture);

    public string Number(decimal value) => value.ToString("#,0.##", Culture);

    public string Percent(decimal ratio) => (ratio * 100).ToString("0", Culture) + "\u00a0%";

    private static string Words(string key) =>
        key.Length == 0 ? key : char.ToUpperInvariant(key[0]) + key[1..].Replace('-', ' ');
}

/// <summary>The same page in another language: the link keeps the page's other query parameters.</summary>
public sealed record LanguageLink(Language Language, string Href, bool Current);
