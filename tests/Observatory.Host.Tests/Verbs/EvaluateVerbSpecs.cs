using Observatory.Projections.Evaluations;

namespace Observatory.Host.Tests.Verbs;

/// <summary>Given the report's network in the embedded store, when it is evaluated, published and verified through the verbs.</summary>
public sealed class EvaluateVerbSpecs : IDisposable
{
    private readonly VerbLog _log = new();

    public void Dispose() => _log.Dispose();

    [Fact]
    public async Task Evaluate_writes_the_approved_canonical_json_and_names_its_sha256()
    {
        await _log.ImportAsync(VerbLog.SeedLines);
        var file = _log.File("evaluation.json");

        var run = await _log.Run("evaluate", "--format", "json", "--out", file);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(VerbLog.ApprovedEvaluation, await File.ReadAllTextAsync(file));
        Assert.Contains($"sha256 {VerbLog.Sha256(file)}", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_renders_markdown_and_self_contained_html_of_the_same_evaluation()
    {
        await _log.ImportAsync(VerbLog.SeedLines);

        var md = await _log.Run("evaluate", "--format", "md");
        var html = await _log.Run("evaluate", "--format", "html", "--term-start", "2020-09-01");

        Assert.StartsWith("# Evaluation of cycle-bytow-municipality-2020-09", md.Output, StringComparison.Ordinal);
        Assert.Contains("<style>", html.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html.Output, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(CanonicalJson.Hash(VerbLog.ApprovedEvaluation), html.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_polish_the_markdown_has_polish_headings_and_no_english_heading_that_polish_words_differently()
    {
        await _log.ImportAsync(VerbLog.SeedLines);

        var english = await _log.Run("evaluate", "--format", "md");
        var polish = await _log.Run("evaluate", "--format", "md", "--language", "pl");

        Assert.True(polish.ExitCode == 0, polish.Error);
        var headings = Headings(polish.Output);
        Assert.Contains("# Ewaluacja cycle-bytow-municipality-2020-09 (1.09.2020 – 30.06.2023)", headings);
        Assert.Contains("## 1. Wskaźniki a wartości docelowe", headings);
        Assert.Contains("## 11. Porównanie z poprzednim cyklem", headings);
        Assert.Contains("## Odtworzenie tej ewaluacji", headings);
        Assert.Empty(Headings(english.Output).Intersect(headings));
        Assert.Equal(Headings(english.Output).Count, headings.Count);
    }

    [Fact]
    public async Task Every_language_names_the_same_sha256_of_the_same_canonical_json()
    {
        await _log.ImportAsync(VerbLog.SeedLines);
        var hash = CanonicalJson.Hash(VerbLog.ApprovedEvaluation);

        foreach (var language in new[] { "en", "pl", "de", "sv", "lt" })
        {
            var json = await _log.Run("evaluate", "--format", "json", "--language", language);
            var md = await _log.Run("evaluate", "--format", "md", "--language", language);
            var html = await _log.Run("evaluate", "--format", "html", "--language", language);

            Assert.Equal(VerbLog.ApprovedEvaluation, json.Output);
            Assert.Contains(hash, md.Output, StringComparison.Ordinal);
            Assert.Contains(hash, html.Output, StringComparison.Ordinal);
            Assert.Contains($"<html lang=\"{language}\">", html.Output, StringComparison.Ordinal);
            Assert.Contains($"sha256 {hash}", md.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task In_english_the_wording_built_from_the_translation_files_prints_the_approved_documents()
    {
        await _log.ImportAsync(VerbLog.SeedLines);

        var md = await _log.Run("evaluate", "--format", "md", "--language", "en");
        var html = await _log.Run("evaluate", "--format", "html", "--language", "en");

        Assert.Equal(await File.ReadAllTextAsync(VerbLog.ApprovedPath("md")), md.Output);
        Assert.Equal(await File.ReadAllTextAsync(VerbLog.ApprovedPath("html")), html.Output);
    }

    [Fact]
    public async Task An_unknown_language_is_refused()
    {
        await _log.ImportAsync(VerbLog.SeedLines);

        var run = await _log.Run("evaluate", "--format", "md", "--language", "xx");

        Assert.NotEqual(0, run.ExitCode);
    }

    private static List<string> Headings(string markdown) => [.. markdown.Split('\n').Where(l => l.StartsWith('#'))];

    [Fact]
    public async Task A_published_evaluation_verifies_and_a_correction_recorded_later_is_listed_as_a_restatement()
    {
        await _log.ImportAsync(VerbLog.SeedLines);
        var publish = await _log.Run("evaluate", "--publish", "--out", _log.File("published.json"));
        var clean = await _log.Run("verify");
        var practice = await _log.EventIdOf("practice-gdansk-model");
        await _log.ImportAsync([$$$"""{"network":"{{{VerbLog.Network}}}","stream":"practice-gdansk-model","type":"entry-retracted","occurredOn":"2023-09-01","data":{"eventId":"{{{practice}}}","reason":"shared by the city of Gdansk, not by a partner"}}"""]);
        var retraction = await RetractionId();

        var restated = await _log.Run("verify", "--cycle", "cycle-bytow-municipality-2020-09");

        Assert.True(publish.ExitCode == 0, publish.Error);
        Assert.Contains($"published in cycle-bytow-municipality-2020-09 at position {SharedSeeds.SeedHead + 2}", publish.Error, StringComparison.Ordinal);
        Assert.True(clean.ExitCode == 0, clean.Error);
        Assert.Contains($"up to position {SharedSeeds.SeedHead} matches: sha256 {VerbLog.Sha256(_log.File("published.json"))}", clean.Output, StringComparison.Ordinal);
        Assert.Contains("not restated", clean.Output, StringComparison.Ordinal);
        Assert.True(restated.ExitCode == 0, restated.Error);
        Assert.Contains("matches", restated.Output, StringComparison.Ordinal);
        Assert.Contains($"#{SharedSeeds.SeedHead + 3} entry-retracted practice-gdansk-model {retraction}", restated.Output, StringComparison.Ordinal);
        Assert.Contains("removed $.timeline.practices[4]", restated.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_without_a_publication_and_evaluate_beyond_the_head_fail_with_one_readable_line()
    {
        await _log.ImportAsync(VerbLog.SeedLines);

        var verify = await _log.Run("verify");
        var evaluate = await _log.Run("evaluate", "--at-position", "999");
        var cycle = await _log.Run("evaluate", "--cycle", "cycle-nobody");

        Assert.Equal((2, "verify: --cycle: no evaluation has been published in 'cycle-bytow-municipality-2020-09'\n"), (verify.ExitCode, verify.Error));
        Assert.Equal((2, $"evaluate: --at-position: must be between 1 and the log's head ({SharedSeeds.SeedHead})\n"), (evaluate.ExitCode, evaluate.Error));
        Assert.Equal(2, cycle.ExitCode);
        Assert.StartsWith("evaluate: --cycle: 'cycle-nobody' is not an evaluation cycle", cycle.Error, StringComparison.Ordinal);
    }

    private async Task<string> RetractionId()
    {
        var run = await _log.Run("events", "--network", VerbLog.Network, "--stream", "practice-gdansk-model", "--format", "jsonl");
        var last = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1];
        return System.Text.Json.JsonDocument.Parse(last).RootElement.GetProperty("eventId").GetString()!;
    }
}
