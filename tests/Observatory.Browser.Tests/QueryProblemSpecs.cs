using System.Net;
using System.Text.Json;

namespace Observatory.Browser.Tests;

/// <summary>Bad query input gets problem details naming the parameter, never a page built from a guess.</summary>
[Collection(HostCollection.Name)]
public sealed class QueryProblemSpecs(HostFixture host)
{
    [Theory]
    [InlineData("?at=abc", "at")]
    [InlineData("?at=0", "at")]
    [InlineData("?at=100000", "at")] // past the head
    [InlineData("?known-at=yesterday", "known-at")]
    [InlineData("?happened-by=2023-13-01", "happened-by")]
    [InlineData("?at=5&happened-by=2023-01-01", "happened-by")]
    [InlineData("?period=2023-Q5", "period")]
    [InlineData("?period=term-7", "period")]
    [InlineData("?period=2023-05-01..2023-01-01", "period")]
    public async Task A_bad_query_parameter_is_a_400_problem_naming_it(string query, string parameter)
    {
        using var response = await host.Http.GetAsync($"/networks/{HostFixture.Network}{query}");
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
        Assert.StartsWith($"{parameter}: ", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/networks/no-such-network")]
    [InlineData("/public/no-such-network")]
    [InlineData("/networks/NOT%20A%20SLUG")]
    public async Task An_unknown_network_is_a_404_problem_naming_the_network(string path)
    {
        using var response = await host.Http.GetAsync(path);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("network", problem.GetProperty("parameter").GetString());
    }

    [Theory]
    [InlineData("?period=2023-Q1", "2023-Q1")]
    [InlineData("?period=2023", "2023")]
    [InlineData("?period=term", "leadership term 1 (Municipality of Bytów)")]
    [InlineData("?period=2022-06-01..2023-05-31", "2022-06-01..2023-05-31")]
    public async Task A_chosen_period_is_named_on_the_page(string query, string label)
    {
        var html = await host.Http.GetStringAsync($"/networks/{HostFixture.Network}{query}");

        Assert.Contains($"<strong id=\"period\">{label}</strong>", html, StringComparison.Ordinal);
    }
}
