using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Observatory.Host.Cli;
using Observatory.Host.Publishing;

namespace Observatory.Host.Tests;

/// <summary>The README's first command: the host serves the seeded network, its read models and its feed.</summary>
public sealed class ServeSpecs : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public async Task Serving_loads_the_report_network_projects_it_and_reports_health_with_no_lag()
    {
        var port = FreePort();
        var address = $"http://127.0.0.1:{port}";
        var output = new StringWriter();
        var context = new VerbContext(TextWriter.Synchronized(output), TextWriter.Synchronized(new StringWriter()), TimeProvider.System,
            _ => throw new InvalidOperationException("not used"));
        var settings = new StoreSettings(StoreSettings.Sqlite, _dir.Path, null);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        var serving = ServeVerb.RunAsync(context, settings, new BusSettings(), address, seed: true, stop.Token);
        using var http = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(5) };
        var health = await WaitForCaughtUpAsync(http, serving);
        var index = await http.GetStringAsync("/");
        var anonymousFeed = await http.GetAsync("/api/v1/networks/migration-in-local-governments/events?limit=5");
        var key = await CliRun.ExecuteAsync("keys", "create", "--network", "migration-in-local-governments", "--role", "subscriber", "--data", _dir.Path);
        using var feedRequest = new HttpRequestMessage(HttpMethod.Get, "/api/v1/networks/migration-in-local-governments/events?limit=5");
        feedRequest.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key.Output.Trim());
        using var feedResponse = await http.SendAsync(feedRequest);
        var feed = JsonDocument.Parse(await feedResponse.Content.ReadAsStringAsync()).RootElement;
        await stop.CancelAsync();
        var exitCode = await serving;

        Assert.Equal("healthy", health.GetProperty("status").GetString());
        Assert.Equal(82, health.GetProperty("store").GetProperty("heads").GetProperty("migration-in-local-governments").GetInt64());
        var projections = health.GetProperty("projections").GetProperty("projections").EnumerateArray().ToList();
        Assert.True(projections.Count >= 9, $"{projections.Count} read models reported");
        Assert.All(projections, p => Assert.Equal(82, p.GetProperty("position").GetInt64()));
        Assert.All(projections, p => Assert.Equal("live", p.GetProperty("status").GetString()));
        Assert.Contains("migration-in-local-governments", index, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousFeed.StatusCode);
        Assert.True(key.ExitCode == 0, key.Error);
        Assert.Equal(5, feed.GetProperty("events").GetArrayLength());
        Assert.Contains($"Dashboard: {address}/", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, exitCode);
    }

    private static async Task<JsonElement> WaitForCaughtUpAsync(HttpClient http, Task serving)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            if (serving.IsCompleted) await serving; // surfaces a start-up failure
            try
            {
                using var response = await http.GetAsync("/health");
                var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
                var projections = body.GetProperty("projections").GetProperty("projections");
                if (projections.GetArrayLength() > 0 && projections.EnumerateArray().All(p => p.GetProperty("lag").GetInt64() == 0 && p.GetProperty("position").GetInt64() > 0))
                    return body;
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                // not listening yet
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The host did not catch up within 30 s.");
            await Task.Delay(100);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose() => _dir.Dispose();
}
