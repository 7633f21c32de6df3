using Observatory.Projections.Evaluations;

namespace Observatory.Host.Localization;

/// <summary>
/// The evaluation documents' wording in a reader's language, from the <c>evaldoc.*</c> texts of the evaluation area.
/// English keeps the stored codes (<c>labour-market</c>, <c>study-visit</c>) as the approved documents print them;
/// the other languages show those codes by their translated terms.
/// </summary>
public static class EvaluationWordings
{
    private static readonly Dictionary<string, string> TermPrefixes = new(StringComparer.Ordinal)
    {
        ["area"] = "term.area.",
        ["meeting-kind"] = "term.meeting-kind.",
        ["status"] = "term.status.",
    };

    public static EvaluationWording For(Texts t)
    {
        var texts = EvaluationWording.EnglishTexts.Keys.ToDictionary(key => key, key => t[key], StringComparer.Ordinal);
        Func<string, string, string>? term = t.Language == Language.English ? null
            : (kind, value) => TermPrefixes.TryGetValue(kind, out var prefix) ? t.Term(prefix, value) : value;
        return new EvaluationWording(t.Language.Code, t.Culture, texts, term);
    }

    public static EvaluationWording For(Language language) => For(new Texts(language, TextCatalog.Default));
}
