using System.Text.RegularExpressions;

namespace Observatory.Browser.Tests;

/// <summary>The whole pages of the report's network, compared with approved files, and their numbers with the report.</summary>
[Collection(HostCollection.Name)]
public sealed partial class GoldenPageSpecs(HostFixture host)
{
    [Fact]
    public async Task The_network_dashboard_matches_its_approved_page_and_the_reports_numbers()
    {
        var html = await host.Http.GetStringAsync($"/networks/{HostFixture.Network}");

        Assert.Equal("8", Tile(html, "partners"));
        Assert.Equal(4, Regex.Matches(html, "data-kind=\"study-visit\"").Count);
        Assert.Single(Regex.Matches(html, "data-kind=\"conference\""));
        Assert.Equal("5", Tile(html, "practices"));
        Assert.Equal("2", Tile(html, "resources"));
        Assert.Equal("9", Tile(html, "members"));
        Assert.Equal("10", Tile(html, "recommendations"));
        Assert.Contains("Live: the read models at position 82 of 82.", html, StringComparison.Ordinal);
        Approvals.Verify("network-dashboard", html);
    }

    [Fact]
    public async Task The_public_page_matches_its_approved_page_and_the_reports_numbers()
    {
        var html = await host.Http.GetStringAsync($"/public/{HostFixture.Network}");

        Assert.Equal("8", Tile(html, "partners"));
        Assert.Equal("5", Tile(html, "meetings"));
        Assert.Equal("5", Tile(html, "practices"));
        Assert.Equal("2", Tile(html, "resources"));
        Assert.Equal("10", Tile(html, "recommendations"));
        Assert.DoesNotContain("data-clock", html, StringComparison.Ordinal);
        Approvals.Verify("public-page", html);
    }

    [Fact]
    public async Task The_index_lists_the_network_with_links_to_its_pages()
    {
        var html = await host.Http.GetStringAsync("/");

        Assert.Contains("Internationally about migration in local governments", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/networks/{HostFixture.Network}\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/public/{HostFixture.Network}\"", html, StringComparison.Ordinal);
    }

    private static string Tile(string html, string id) =>
        TilePattern().Matches(html).Single(m => m.Groups[1].Value == id).Groups[2].Value;

    [GeneratedRegex("<li id=\"tile-([a-z]+)\"><strong>([0-9]+)</strong>")]
    private static partial Regex TilePattern();
}
