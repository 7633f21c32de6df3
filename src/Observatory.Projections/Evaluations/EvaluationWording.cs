using System.Globalization;

namespace Observatory.Projections.Evaluations;

/// <summary>
/// The words and the culture an evaluation document is printed in. The projections know only English
/// (<see cref="English"/>, the approved documents); the host builds the other languages from its translation files, one
/// text per key of <see cref="EnglishTexts"/>. The wording changes what a reader sees, never the document or its hash.
/// </summary>
public sealed partial class EvaluationWording
{
    private readonly IReadOnlyDictionary<string, string> _texts;
    private readonly Func<string, string, string> _term;

    /// <param name="language">The language code, written into the HTML page's <c>lang</c>.</param>
    /// <param name="culture">Dates (its short pattern) and numbers.</param>
    /// <param name="texts">Key → text; a key missing here is printed in English.</param>
    /// <param name="term">
    /// The reader's word for a value the log stores as a code (<c>area</c>, <c>meeting-kind</c>, <c>status</c>); null
    /// prints the code itself, as the English document does.
    /// </param>
    public EvaluationWording(string language, CultureInfo culture, IReadOnlyDictionary<string, string> texts, Func<string, string, string>? term = null)
    {
        Language = language;
        Culture = culture;
        _texts = texts;
        _term = term ?? ((_, value) => value);
    }

    /// <summary>The wording of the approved documents: English words, ISO dates, invariant numbers, codes as stored.</summary>
    // Built on first use: the English texts are initialised in another part of this class, in no guaranteed order.
    public static EvaluationWording English => _english ??= new("en", EnglishCulture(), EnglishTexts);

    private static EvaluationWording? _english;

    public string Language { get; }

    public CultureInfo Culture { get; }

    public string this[string key] => _texts.TryGetValue(key, out var text) ? text : EnglishTexts[key];

    public string Format(string key, params object?[] args) => string.Format(Culture, this[key], args);

    public string Term(string kind, string value) => _term(kind, value);

    public string Number(decimal value) => value.ToString("0.####", Culture);

    public string Number(decimal? value) => value is { } v ? Number(v) : "—";

    public string Number(int? value) => value is { } v ? v.ToString(Culture) : "—";

    public string Number(long value) => value.ToString(Culture);

    public string Percent(decimal? share) => share is { } s ? Format("evaldoc.percent", (s * 100).ToString("0.#", Culture)) : "—";

    public string Day(DateOnly day) => day.ToString("d", Culture);

    public string Day(DateOnly? day) => day is { } d ? Day(d) : "—";

    public string Span(DateOnly from, DateOnly to) => from == to ? Day(from) : $"{Day(from)} – {Day(to)}";

    public string Counts(IReadOnlyDictionary<string, decimal> counts) =>
        counts.Count == 0 ? "—" : string.Join(", ", counts.Select(c => $"{c.Key} {Number(c.Value)}"));

    public string Counts(IReadOnlyDictionary<string, int> counts, string? kind = null) =>
        counts.Count == 0 ? "—" : string.Join(", ", counts.Select(c => $"{(kind is null ? c.Key : Term(kind, c.Key))} {c.Value.ToString(Culture)}"));

    // Invariant numbers and the ISO date: what every rendering printed before it had a language.
    private static CultureInfo EnglishCulture()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.DateTimeFormat.ShortDatePattern = "yyyy-MM-dd";
        return CultureInfo.ReadOnly(culture);
    }
}
