using System.Net;

namespace Observatory.Browser.Tests;

/// <summary>The evaluation of a term (with its handover section) and the analyst's comparison of two moments, as pages.</summary>
[Collection(HostCollection.Name)]
public sealed class AnalystPageSpecs(HostFixture host)
{
    private const string Network = $"/networks/{HostFixture.Network}";

    [Fact]
    public async Task The_evaluations_list_the_term_and_its_page_renders_the_evaluation_with_the_handover_section()
    {
        var list = await host.Http.GetStringAsync($"{Network}/evaluations");
        Assert.Contains("data-cycle=\"cycle-bytow-municipality-2020-09\"", list, StringComparison.Ordinal);

        var page = await host.Http.GetStringAsync($"{Network}/evaluations/cycle-bytow-municipality-2020-09");
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(page, "<h1>"));
        Assert.Contains("<h1>Evaluation of cycle-bytow-municipality-2020-09 (2020-09-01 – 2023-06-30)</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<h3>1. Indicators against targets</h3>", page, StringComparison.Ordinal);
        Assert.Contains($"Computed from the log up to position {SeedFacts.Head} of {SeedFacts.Head}", page, StringComparison.Ordinal);
        Assert.Contains("No leadership term follows this cycle yet", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_lithuanian_the_evaluation_page_embeds_the_lithuanian_document_with_the_same_sha256()
    {
        // Accept-Language rather than ?lang=: the fixture's client keeps cookies, and the other specs read English.
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Network}/evaluations/cycle-bytow-municipality-2020-09");
        request.Headers.AcceptLanguage.ParseAdd("lt");
        using var english = await host.Http.GetAsync($"{Network}/evaluations/cycle-bytow-municipality-2020-09");

        using var response = await host.Http.SendAsync(request);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"lt\"", page, StringComparison.Ordinal);
        Assert.Contains("<h1>cycle-bytow-municipality-2020-09 vertinimas (2020-09-01 – 2023-06-30)</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<h3>1. Rodikliai ir siektinos reikšmės</h3>", page, StringComparison.Ordinal);
        Assert.Contains("<h3>Kaip atkurti šį vertinimą</h3>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Indicators against targets", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Reproducing this evaluation", page, StringComparison.Ordinal);
        Assert.Equal(Sha256Of(await english.Content.ReadAsStringAsync()), Sha256Of(page));
    }

    private static string Sha256Of(string page) =>
        System.Text.RegularExpressions.Regex.Match(page, "sha256 <code>([0-9a-f]{64})</code>").Groups[1].Value is { Length: 64 } hash ? hash
            : throw new Xunit.Sdk.XunitException("the page names no sha256");

    [Fact]
    public async Task An_unknown_cycle_is_a_problem_naming_it()
    {
        using var response = await host.Http.GetAsync($"{Network}/evaluations/cycle-nobody-1999-01");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"parameter\":\"cycle\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task What_changed_between_two_positions_shows_the_corrected_visit_in_the_timeline_only()
    {
        var page = await host.Http.GetStringAsync($"{Network}/changes?from=at:77&to=at:78");

        Assert.Contains("From <strong>at:77</strong> (position 77) to <strong>at:78</strong> (position 78)", page, StringComparison.Ordinal);
        Assert.Contains("data-projection=\"timeline\"", page, StringComparison.Ordinal);
        Assert.Contains("<td>&quot;2020-09&quot;</td><td>&quot;2021-09&quot;</td>", page, StringComparison.Ordinal); // the first visit moved a year
        Assert.Contains("Recommendations: 0 changes", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_moment_is_shown_beside_its_input()
    {
        using var response = await host.Http.GetAsync($"{Network}/changes?from=yesterday");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<span class=\"error\" id=\"from-error\">", page, StringComparison.Ordinal);
    }
}
