using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Observatory.Domain.EventStore;
using Observatory.Host.Cli;
using Observatory.Host.Importing;
using Observatory.Host.Publishing;
using Observatory.Host.Web;

namespace Observatory.Api.Tests;

/// <summary>The data-protection key ring is kept beside the data, so a form survives a restart of the host.</summary>
public sealed partial class KeyRingSpecs : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("observatory-keyring-").FullName;

    [Fact]
    public async Task A_form_token_issued_by_one_host_is_accepted_by_a_second_host_over_the_same_data()
    {
        var settings = new StoreSettings(StoreSettings.Sqlite, _directory, null);
        string cookie, token;
        await using (var first = await StartAsync(settings, seed: true))
        {
            using var client = Client(first);
            using var form = await client.GetAsync($"/feedback/{ApiHost.Network}");
            Assert.Equal(HttpStatusCode.OK, form.StatusCode);
            cookie = form.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("observatory_form=", StringComparison.Ordinal)).Split(';')[0];
            token = Token().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value;
            await first.StopAsync();
        }
        Assert.NotEmpty(Directory.GetFiles(KeyRingStorage.DirectoryFor(settings, new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build())));

        await using var second = await StartAsync(settings, seed: false);
        using var post = Client(second);
        post.DefaultRequestHeaders.Add("Cookie", cookie);
        using var accepted = await post.PostAsync($"/feedback/{ApiHost.Network}",
            new FormUrlEncodedContent([new("__form", token), new("theme", "housing"), new("language", "uk"), new("type", "question")]));
        using var forged = await post.PostAsync($"/feedback/{ApiHost.Network}",
            new FormUrlEncodedContent([new("__form", token[..^4] + "AAAA"), new("theme", "housing")]));

        Assert.DoesNotContain("The form has expired", await accepted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("The form has expired", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal); // the check still checks
    }

    private static async Task<WebApplication> StartAsync(StoreSettings settings, bool seed)
    {
        var app = ObservatoryWebApp.Build(settings, new BusSettings(), "http://127.0.0.1:0");
        if (seed)
        {
            using var reader = new StreamReader(RunVerb.SeedFile);
            var report = await new Importer(app.Services.GetRequiredService<IEventStore>(), TimeProvider.System).ImportAsync(reader, "seed");
            Assert.Empty(report.Errors);
        }
        await app.StartAsync();
        return app;
    }

    private static HttpClient Client(WebApplication app)
    {
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = new Uri(address) };
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        return client;
    }

    [GeneratedRegex("name=\"__form\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }
}
