using Observatory.Host.Localization;

namespace Observatory.Host.Tests.Localization;

/// <summary>Dates, numbers and counted phrases in the reader's culture; a missing text falls back to English, never to a blank.</summary>
public sealed class CultureSpecs
{
    private static Texts In(Language language) => new(language, TextCatalog.Default);

    [Fact]
    public void A_polish_reader_sees_dates_the_polish_way()
    {
        Assert.Equal("31.05.2023", In(Language.Polish).Date(new DateOnly(2023, 5, 31)));
    }

    [Fact]
    public void An_english_reader_sees_iso_dates()
    {
        Assert.Equal("2023-05-31", In(Language.English).Date(new DateOnly(2023, 5, 31)));
    }

    [Fact]
    public void A_german_reader_sees_a_dot_for_thousands_and_a_comma_for_decimals()
    {
        var t = In(Language.German);

        Assert.Equal("12.345", t.Number(12345L));
        Assert.Equal("1.234,5", t.Number(1234.5m));
    }

    [Fact]
    public void A_swedish_reader_sees_a_space_for_thousands()
    {
        Assert.Equal("12\u00a0345", In(Language.Swedish).Number(12345L));
    }

    [Theory]
    [InlineData(1, "1 rekomendacja")]
    [InlineData(3, "3 rekomendacje")]
    [InlineData(5, "5 rekomendacji")]
    [InlineData(12, "12 rekomendacji")]
    [InlineData(22, "22 rekomendacje")]
    public void Polish_counts_take_their_three_forms(int count, string expected)
    {
        Assert.Equal(expected, In(Language.Polish).Plural("recommendations.count", count));
    }

    [Theory]
    [InlineData(1, "1 rekomendacija")]
    [InlineData(21, "21 rekomendacija")]
    [InlineData(4, "4 rekomendacijos")]
    [InlineData(10, "10 rekomendacijų")]
    [InlineData(15, "15 rekomendacijų")]
    public void Lithuanian_counts_take_their_three_forms(int count, string expected)
    {
        Assert.Equal(expected, In(Language.Lithuanian).Plural("recommendations.count", count));
    }

    [Fact]
    public void An_enumeration_is_shown_by_its_translated_term_and_an_untranslated_value_in_words()
    {
        var t = In(Language.German);

        Assert.Equal("Arbeitsmarkt", t.Term("term.area.", "labour-market"));
        Assert.Equal("Something new", t.Term("term.area.", "something-new"));
    }

    [Fact]
    public void A_text_missing_in_a_language_falls_back_to_english()
    {
        var onlyEnglish = TextCatalog.Default.Keys("en").First();
        var t = new Texts(Language.Polish, TextCatalog.Default);

        Assert.False(string.IsNullOrWhiteSpace(t[onlyEnglish]));
        Assert.Null(t.Translation("no.such.key"));
        Assert.Equal("no.such.key", t["no.such.key"]);
    }
}
