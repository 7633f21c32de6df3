using System.Globalization;
using System.Text;

namespace Observatory.Host.Dashboard;

/// <summary>
/// The few helpers every renderer uses. Everything that came from the log goes through <see cref="E"/>: partners,
/// themes and recommendation texts are typed by people, so none of it is trusted as markup.
/// </summary>
public static class Html
{
    /// <summary>
    /// Escapes the five characters that can end text or a quoted attribute. Unlike WebUtility.HtmlEncode it leaves
    /// "ó" and "ė" as they are: the pages are UTF-8, and partner names should stay readable in the source too.
    /// </summary>
    public static string E(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.AsSpan().IndexOfAny("&<>\"'") < 0)
            return text ?? "";
        var html = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => html.Append("&amp;"),
                '<' => html.Append("&lt;"),
                '>' => html.Append("&gt;"),
                '"' => html.Append("&quot;"),
                '\'' => html.Append("&#39;"),
                _ => html.Append(c),
            };
        }
        return html.ToString();
    }

    /// <summary>Numbers in the invariant culture, so a page reads the same whatever the server's locale.</summary>
    public static string N(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A date for people in the page's culture, machine-readable in its attribute.</summary>
    public static string Time(Localization.Texts t, DateOnly day) => $"<time datetime=\"{Day(day)}\">{E(t.Date(day))}</time>";

    /// <summary>Country keys are ISO codes ("pl"), named in the page's language; the views' "(unspecified)" reads as words.</summary>
    public static string Country(Localization.Texts t, string key) => key.StartsWith('(') ? t["common.not-stated"] : t.Term("term.country.", key.ToLowerInvariant());

    /// <summary>"labour-market" → "Labour market": keys are kebab-case on the wire, people read words.</summary>
    public static string Words(string key) =>
        key.Length == 0 ? key : char.ToUpperInvariant(key[0]) + key[1..].Replace('-', ' ');

    /// <summary>SVG coordinates with a dot, never a comma.</summary>
    public static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>A wide table scrolls sideways on a phone instead of widening the whole page.</summary>
    public static string Scroll(string table) => $"<div class=\"scroll\" tabindex=\"0\">{table}</div>";

    /// <summary>
    /// The most a dashboard table lists. A network of ten years shares a thousand practices: listing every one made the
    /// page 650 KB of HTML, most of its rendering time, and no easier to read. The API's views hold every entry.
    /// </summary>
    public const int ListLimit = 50;

    /// <summary>The last <see cref="ListLimit"/> items of a list in time order (the most recent), still in time order.</summary>
    public static IEnumerable<T> Latest<T>(IReadOnlyList<T> items) => items.Count <= ListLimit ? items : items.Skip(items.Count - ListLimit);

    /// <summary>Says that a table shows only the most recent entries, or nothing when it shows them all.</summary>
    public static string LatestNote(Localization.Texts t, int count) =>
        count <= ListLimit ? "" : $"<p class=\"muted\">{E(t.Format("dashboard.latest-listed", t.Number(ListLimit), t.Number(count)))}</p>\n";
}
