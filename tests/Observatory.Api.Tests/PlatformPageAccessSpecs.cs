using System.Net;
using Observatory.Host.Access;

namespace Observatory.Api.Tests;

/// <summary>The helpline directory and the guides are a network's own pages: its credential sees them, another network's gets nothing.</summary>
public sealed class PlatformPageAccessSpecs(ApiHost host) : IClassFixture<ApiHost>
{
    private const string Other = "platform-stranger";

    [Fact]
    public async Task A_credential_of_another_network_gets_nothing_from_the_directory_or_the_guides()
    {
        using var admin = host.Client(await host.KeyAsync(Roles.Administrator, Other));
        using var founded = await admin.PostAsync("network", "network-founded",
            """{"data":{"name":"Another network","foundedOn":"2023-03-01"}}""", network: Other);
        Assert.Equal(HttpStatusCode.Created, founded.StatusCode);
        using var stranger = host.Client(await host.KeyAsync(Roles.Leader, Other));
        using var leader = host.Client(await host.KeyAsync(Roles.Leader));
        using var anonymous = host.Client();

        foreach (var page in new[] { "directory", "guides", "directory?language=uk", "guides?happened-by=2023-07-01" })
        {
            var path = $"/networks/{ApiHost.Network}/{page}";
            using var refused = await stranger.GetAsync(path);
            using var unknown = await anonymous.GetAsync(path);
            using var shown = await leader.GetAsync(path);

            Assert.True(refused.StatusCode == HttpStatusCode.NotFound, $"{path}: {refused.StatusCode}");
            Assert.DoesNotContain("<table", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
            Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        }
    }

    [Fact]
    public async Task A_search_with_a_language_that_is_not_a_code_is_a_400_page_with_the_fields_message_in_the_chosen_language()
    {
        using var leader = host.Client(await host.KeyAsync(Roles.Leader));

        using var response = await leader.GetAsync($"/networks/{ApiHost.Network}/directory?language=Ukrainian&lang=pl");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Używany język: podaj kod języka ISO 639", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
