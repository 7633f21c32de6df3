using System.Net;
using System.Text.Json;
using Observatory.Host.Access;

namespace Observatory.Api.Tests;

/// <summary>Views live and as of a moment, diffs, evaluations in three formats, and the OpenAPI document.</summary>
public sealed class QuerySpecs(ApiHost host) : IClassFixture<ApiHost>
{
    private const string Prefix = $"/api/v1/networks/{ApiHost.Network}";

    [Fact]
    public async Task Every_projection_has_a_live_view_read_from_its_read_model()
    {
        using var client = host.Client(await host.KeyAsync(Roles.Analyst));
        var projections = JsonDocument.Parse(await client.GetStringAsync($"{Prefix}/views")).RootElement.EnumerateArray()
            .Select(p => p.GetProperty("name").GetString()!).ToList();

        Assert.Contains("timeline", projections);
        foreach (var projection in projections)
        {
            var view = await WaitForLiveAsync(client, projection);
            Assert.Equal("now", view.GetProperty("moment").GetString());
            Assert.Equal(await host.HeadAsync(), view.GetProperty("position").GetInt64());
        }
    }

    [Fact]
    public async Task A_view_as_of_a_position_a_recorded_instant_or_a_business_date_is_replayed()
    {
        using var client = host.Client(await host.KeyAsync(Roles.Analyst));

        var at = JsonDocument.Parse(await client.GetStringAsync($"{Prefix}/views/timeline?at=10")).RootElement;
        var knownAt = await client.GetAsync($"{Prefix}/views/timeline?known-at=2000-01-01T00:00:00Z");
        var happened = JsonDocument.Parse(await client.GetStringAsync($"{Prefix}/views/resources?happened-by=2021-01-01")).RootElement;
        using var bad = await client.GetAsync($"{Prefix}/views/timeline?at=abc");
        using var unknown = await client.GetAsync($"{Prefix}/views/horoscope");

        Assert.Equal("at:10", at.GetProperty("moment").GetString());
        Assert.Equal(10, at.GetProperty("position").GetInt64());
        Assert.Equal(0, (await knownAt.JsonAsync()).GetProperty("position").GetInt64());
        Assert.Equal("happened-by:2021-01-01", happened.GetProperty("moment").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("at", (await bad.JsonAsync()).GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task The_diff_of_two_moments_lists_what_changed_between_them()
    {
        using var client = host.Client(await host.KeyAsync(Roles.Analyst));
        var head = await host.HeadAsync();

        var diff = JsonDocument.Parse(await client.GetStringAsync($"{Prefix}/views/timeline/diff?from=at:10&to=at:{head}")).RootElement;
        var none = JsonDocument.Parse(await client.GetStringAsync($"{Prefix}/views/timeline/diff?from=at:{head}&to=now")).RootElement;
        using var bad = await client.GetAsync($"{Prefix}/views/timeline/diff?from=last-tuesday");

        Assert.NotEqual(0, diff.GetProperty("changes").GetArrayLength());
        Assert.Equal(0, none.GetProperty("changes").GetArrayLength());
        Assert.Equal("from", (await bad.JsonAsync()).GetProperty("field").GetString());
    }

    [Theory]
    [InlineData("?format=json", null, "application/json")]
    [InlineData("", "text/html", "text/html")]
    [InlineData("?format=md", null, "text/markdown")]
    public async Task An_evaluation_comes_as_json_html_or_markdown(string query, string? accept, string mediaType)
    {
        using var client = host.Client(await host.KeyAsync(Roles.Leader));
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Prefix}/evaluations/latest{query}");
        if (accept is not null) request.Headers.Accept.ParseAdd(accept);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task An_evaluation_document_is_in_the_asked_language_and_its_etag_is_the_json_hash_in_every_language()
    {
        using var client = host.Client(await host.KeyAsync(Roles.Leader));
        using var json = await client.GetAsync($"{Prefix}/evaluations/latest?format=json");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Prefix}/evaluations/latest?format=md");
        request.Headers.AcceptLanguage.ParseAdd("de");

        using var german = await client.SendAsync(request);
        using var polish = await client.GetAsync($"{Prefix}/evaluations/latest?format=html&lang=pl");

        var markdown = await german.Content.ReadAsStringAsync();
        Assert.Contains("## 1. Indikatoren im Vergleich zu Zielwerten", markdown, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"pl\">", await polish.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("de", string.Join(",", german.Content.Headers.ContentLanguage));
        Assert.Equal(json.Headers.ETag, german.Headers.ETag);
        Assert.Equal(json.Headers.ETag, polish.Headers.ETag);
        Assert.Contains(json.Headers.ETag!.Tag.Trim('"'), markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_document_lists_a_command_endpoint_with_its_body_for_every_kind_of_entry()
    {
        using var anonymous = host.Client();
        var document = JsonDocument.Parse(await anonymous.GetStringAsync("/openapi/v1.json")).RootElement;
        var paths = document.GetProperty("paths");

        foreach (var type in new[]
                 {
                     "practice-shared", "meeting-held", "resource-published", "member-networked", "specialist-profile-listed",
                     "working-group-formed", "working-group-member-joined", "working-group-closed", "migrant-feedback-recorded",
                     "information-activity-held", "leadership-term-started", "leadership-handed-over", "evaluation-cycle-opened",
                     "indicator-target-set", "indicator-defined", "recommendation-adopted", "recommendation-followed-up",
                     "entry-corrected", "entry-retracted",
                 })
        {
            Assert.True(paths.TryGetProperty($"/api/v1/networks/{{network}}/streams/{{stream}}/{type}", out var path), type);
            var schema = path.GetProperty("post").GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema");
            Assert.True(schema.TryGetProperty("$ref", out _), type);
        }
    }

    private static async Task<JsonElement> WaitForLiveAsync(HttpClient client, string projection)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var response = await client.GetAsync($"{Prefix}/views/{projection}");
            if (response.StatusCode == HttpStatusCode.OK)
            {
                var view = await response.JsonAsync();
                if (view.GetProperty("position").GetInt64() == view.GetProperty("head").GetInt64() || attempt > 100)
                    return view;
            }
            else if (attempt > 100)
                Assert.Fail($"{projection}: {response.StatusCode}");
            await Task.Delay(100);
        }
    }
}
