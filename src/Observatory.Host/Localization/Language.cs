using System.Globalization;

namespace Observatory.Host.Localization;

/// <summary>A language the product's pages are offered in: its code (the resource files' suffix), its own name, and the culture for dates and numbers.</summary>
public sealed record Language(string Code, string NativeName, CultureInfo Culture)
{
    public static Language English { get; } = new("en", "English", EnglishCulture());
    public static Language Polish { get; } = new("pl", "Polski", CultureInfo.GetCultureInfo("pl-PL"));
    public static Language German { get; } = new("de", "Deutsch", CultureInfo.GetCultureInfo("de-DE"));
    public static Language Swedish { get; } = new("sv", "Svenska", CultureInfo.GetCultureInfo("sv-SE"));
    public static Language Lithuanian { get; } = new("lt", "Lietuvių", CultureInfo.GetCultureInfo("lt-LT"));

    /// <summary>English first: it is the network's common language and the fallback for every missing text.</summary>
    public static IReadOnlyList<Language> All { get; } = [English, Polish, German, Swedish, Lithuanian];

    public static Language? Find(string? code) =>
        code is null ? null : All.FirstOrDefault(l => string.Equals(l.Code, code.Trim(), StringComparison.OrdinalIgnoreCase));

    // English is read by partners from five countries: ISO dates (no 04/05 ambiguity) and British number grouping.
    private static CultureInfo EnglishCulture()
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo("en-GB").Clone();
        culture.DateTimeFormat.ShortDatePattern = "yyyy-MM-dd";
        return CultureInfo.ReadOnly(culture);
    }
}
