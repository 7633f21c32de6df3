using System.Globalization;

namespace Observatory.Projections.Evaluations;

/// <summary>
/// A rendering written once and printed twice: the evaluation (and the handover view) become these blocks, and
/// <see cref="MarkdownWriter"/> and <see cref="HtmlWriter"/> print them, so the two renderings never say different things.
/// </summary>
public abstract record Block;

public sealed record Heading(int Level, string Text) : Block;

public sealed record Paragraph(string Text) : Block;

public sealed record BulletList(IReadOnlyList<string> Items) : Block;

public sealed record Table(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows) : Block;

/// <summary>Numbers and dates as every rendering prints them: invariant culture, no trailing zeros.</summary>
public static class Show
{
    public static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    public static string Number(decimal? value) => value is { } v ? Number(v) : "—";

    public static string Number(int? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "—";

    public static string Percent(decimal? share) => share is { } s ? (s * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%" : "—";

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Day(DateOnly? day) => day is { } d ? Day(d) : "—";

    public static string Span(DateOnly from, DateOnly to) => from == to ? Day(from) : $"{Day(from)} – {Day(to)}";

    public static string Counts(IReadOnlyDictionary<string, decimal> counts) =>
        counts.Count == 0 ? "—" : string.Join(", ", counts.Select(c => $"{c.Key} {Number(c.Value)}"));

    public static string Counts(IReadOnlyDictionary<string, int> counts) =>
        counts.Count == 0 ? "—" : string.Join(", ", counts.Select(c => $"{c.Key} {c.Value.ToString(CultureInfo.InvariantCulture)}"));
}
