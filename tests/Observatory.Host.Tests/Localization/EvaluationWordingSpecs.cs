using Observatory.Host.Localization;
using Observatory.Projections.Evaluations;

namespace Observatory.Host.Tests.Localization;

/// <summary>The evaluation documents' texts: the translation files carry every one, and English repeats the approved wording.</summary>
public sealed class EvaluationWordingSpecs
{
    [Fact]
    public void The_english_translation_file_repeats_every_text_of_the_approved_documents_word_for_word()
    {
        foreach (var (key, text) in EvaluationWording.EnglishTexts)
            Assert.True(TextCatalog.Default.Find("en", key) == text, $"{key}: evaluation.en.json has '{TextCatalog.Default.Find("en", key)}', the documents print '{text}'");
    }

    [Theory]
    // Dates as every page writes them in that culture (Texts.Date): Polish "1.09.2020", German "01.09.2020".
    [InlineData("pl", "1. Wskaźniki a wartości docelowe", "1.09.2020", "Edukacja")]
    [InlineData("de", "1. Indikatoren im Vergleich zu Zielwerten", "01.09.2020", "Bildung")]
    [InlineData("sv", "1. Indikatorer mot mål", "2020-09-01", "Utbildning")]
    [InlineData("lt", "1. Rodikliai ir siektinos reikšmės", "2020-09-01", "Švietimas")]
    public void Another_language_has_its_own_words_dates_and_terms(string code, string heading, string day, string education)
    {
        var wording = EvaluationWordings.For(Language.Find(code)!);

        Assert.Equal(code, wording.Language);
        Assert.Equal(heading, wording["evaldoc.indicators"]);
        Assert.Equal(day, wording.Day(new DateOnly(2020, 9, 1)));
        Assert.Equal(education, wording.Term("area", "education"));
    }

    [Fact]
    public void English_keeps_the_stored_codes_and_invariant_numbers()
    {
        var wording = EvaluationWordings.For(Language.English);

        Assert.Equal("education", wording.Term("area", "education"));
        Assert.Equal("12.5", wording.Number(12.5m));
        Assert.Equal("2020-09-01", wording.Day(new DateOnly(2020, 9, 1)));
    }
}
