using Observatory.Host.Access;

namespace Observatory.Api.Tests;

/// <summary>The keys and export verbs against the host's own database.</summary>
public sealed class VerbSpecs(ApiHost host) : IClassFixture<ApiHost>
{
    [Fact]
    public async Task Keys_create_prints_the_key_once_and_stores_only_its_hash()
    {
        var (exit, output, _) = await host.RunVerbAsync("keys", "create", "--network", ApiHost.Network, "--role", Roles.Representative, "--partner", "markaryd");
        var key = output.Trim();
        var listed = (await host.RunVerbAsync("keys", "list")).Output;

        Assert.Equal(0, exit);
        Assert.StartsWith($"obs_{ApiHost.Network}_", key, StringComparison.Ordinal);
        Assert.Contains("representative  markaryd", listed, StringComparison.Ordinal);
        Assert.DoesNotContain(key, listed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keys_create_refuses_a_representative_without_a_partner_in_one_line()
    {
        var (exit, _, error) = await host.RunVerbAsync("keys", "create", "--network", ApiHost.Network, "--role", Roles.Representative);

        Assert.NotEqual(0, exit);
        Assert.StartsWith("keys create: --partner", error, StringComparison.Ordinal);
    }

    private const string FeedbackText = "Said in confidence at the survey";

    /// <summary>One feedback entry with free text, recorded once however many specs ask.</summary>
    private async Task RecordFeedbackAsync()
    {
        using var client = host.Client(await host.KeyAsync(Roles.Leader));
        using var response = await client.PostAsync("feedback-export-spec", "migrant-feedback-recorded",
            $$$"""{"data":{"channel":"survey","partnerId":"markaryd","theme":"housing","language":"uk","type":"suggestion","text":"{{{FeedbackText}}}"},"occurredOn":"2023-03-01"}""",
            idempotencyKey: "feedback-export-spec");
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Export_as_json_lines_imports_again_into_an_empty_store_without_feedback_text()
    {
        var file = Path.Combine(Path.GetTempPath(), $"observatory-export-{Guid.NewGuid():N}.jsonl");
        var target = Directory.CreateTempSubdirectory("observatory-reimport-").FullName;
        try
        {
            await RecordFeedbackAsync();
            var (exit, _, error) = await host.RunVerbAsync("export", "--network", ApiHost.Network, "--format", "jsonl", "--out", file);
            var lines = await File.ReadAllLinesAsync(file);
            var output = new StringWriter();
            var imported = await Observatory.Host.Cli.ObservatoryCli.RunAsync(["import", file, "--data", target], output, new StringWriter(), TimeProvider.System);

            Assert.True(exit == 0, error);
            Assert.Equal(await host.HeadAsync(), lines.Length);
            Assert.Contains(lines, l => l.Contains("\"migrant-feedback-recorded\"", StringComparison.Ordinal));
            Assert.DoesNotContain(lines, l => l.Contains(FeedbackText, StringComparison.Ordinal));
            Assert.Equal(0, imported);
        }
        finally
        {
            File.Delete(file);
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(target, recursive: true);
        }
    }

    [Fact]
    public async Task Export_as_csv_has_a_header_and_one_flat_row_per_event()
    {
        await RecordFeedbackAsync();
        var (exit, output, _) = await host.RunVerbAsync("export", "--network", ApiHost.Network, "--format", "csv");
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(0, exit);
        Assert.StartsWith("position,stream,streamVersion,type,", rows[0], StringComparison.Ordinal);
        Assert.Contains("data.partnerId", rows[0], StringComparison.Ordinal);
        Assert.Contains(rows, r => r.Contains("migrant-feedback-recorded", StringComparison.Ordinal));
        Assert.DoesNotContain(FeedbackText, output, StringComparison.Ordinal);
        Assert.True(rows.Length - 1 >= await host.HeadAsync());
    }
}
