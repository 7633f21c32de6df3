using System.Text.Json;
using System.Text.RegularExpressions;

namespace Observatory.Host.Tests;

/// <summary>The report's network, loaded by the default verb through the ordinary import path.</summary>
public sealed partial class ReportNetworkSpecs : IDisposable
{
    private const string Network = "migration-in-local-governments";
    private readonly TempDirectory _dir = new();

    private Task<CliRun> Run(params string[] args) => CliRun.ExecuteAsync([.. (args.Length == 0 ? ["run"] : args), "--data", _dir.Path]);

    private async Task<List<JsonElement>> LogAsync(params string[] filter)
    {
        var result = await Run(["events", "--network", Network, "--format", "jsonl", .. filter]);
        Assert.Equal(0, result.ExitCode);
        return [.. result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];
    }

    [Fact]
    public async Task The_first_start_loads_the_report_network_and_a_second_start_adds_nothing()
    {
        var first = await Run();
        var before = await Run("events", "--network", Network, "--format", "jsonl");
        var second = await Run("run");
        var after = await Run("events", "--network", Network, "--format", "jsonl");

        Assert.Equal(0, first.ExitCode);
        Assert.Matches(@"import: (\d+) event line\(s\): \1 appended, 0 already in the log", first.Output);
        Assert.Contains($"Network '{Network}'", first.Output, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Matches(@"import: (\d+) event line\(s\): 0 appended, \1 already in the log", second.Output);
        Assert.Equal(before.Output, after.Output);
    }

    [Fact]
    public async Task The_network_has_the_seven_partners_of_four_countries_and_the_parasol_foundation()
    {
        await Run();
        var partners = await LogAsync("--type", "partner-joined");

        Assert.Equal(
            ["bytow-district:pl:district", "bytow-municipality:pl:municipality", "frankenberg:de:municipality", "markaryd:se:municipality",
             "parasol:pl:organisation", "schmalkalden-meiningen:de:district", "taurage:lt:municipality", "vorpommern-ruegen:de:district"],
            partners.Select(p => $"{Data(p, "partnerId")}:{Data(p, "country")}:{Data(p, "kind")}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_four_study_visits_are_recorded_with_the_dates_the_sources_give()
    {
        await Run();
        var visits = (await LogAsync("--type", "meeting-held"))
            .Where(m => Data(m, "kind") == "study-visit")
            .Select(m => $"{Data(m, "hostPartnerId")} {Data(m, "startsOn")}..{Data(m, "endsOn")}")
            .ToList();

        Assert.Equal(
            ["bytow-municipality 2020-09-01..2020-09-30", "markaryd 2022-06-08..2022-06-11",
             "vorpommern-ruegen 2022-10-24..2022-10-27", "bytow-municipality 2023-03-23..2023-03-26"],
            visits);
    }

    [Fact]
    public async Task The_first_visit_is_corrected_to_2021_citing_the_press_items_and_the_original_stays_in_the_log()
    {
        await Run();
        var stream = await LogAsync("--stream", "meeting-bytow-first-visit");

        Assert.Equal(["meeting-held", "entry-corrected"], stream.Select(e => e.GetProperty("type").GetString()));
        var correction = stream[1].GetProperty("data");
        Assert.Equal(stream[0].GetProperty("eventId").GetString(), correction.GetProperty("eventId").GetString());
        Assert.Equal("2021-09-01", correction.GetProperty("replacement").GetProperty("startsOn").GetString());
        Assert.Contains("2021", correction.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.NotEmpty(correction.GetProperty("sources").EnumerateArray());
        Assert.Equal("2020-09-01", stream[0].GetProperty("data").GetProperty("startsOn").GetString());
    }

    [Fact]
    public async Task The_log_keeps_the_order_of_the_file_so_the_correction_follows_the_visit_it_corrects()
    {
        await Run();
        var log = await LogAsync();
        var fileTypes = File.ReadLines(SharedSeeds.SeedFile)
            .Where(l => l.StartsWith('{'))
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("type").GetString())
            .ToList();

        Assert.Equal(fileTypes, log.Select(e => e.GetProperty("type").GetString()));
        var correction = log.FindIndex(e => e.GetProperty("type").GetString() == "entry-corrected");
        Assert.True(correction > log.FindIndex(e => e.GetProperty("stream").GetString() == "meeting-bytow-first-visit"), "the correction follows the visit it corrects");
    }

    [Fact]
    public async Task The_practices_resources_and_recommendations_of_the_report_are_there()
    {
        await Run();
        var practices = (await LogAsync("--type", "practice-shared")).Select(p => Data(p, "title")).ToList();
        var resources = (await LogAsync("--type", "resource-published")).Select(r => Data(r, "url")).ToList();
        var recommendations = await LogAsync("--type", "recommendation-adopted");

        Assert.Contains(practices, t => t.Contains("Swedish for Immigrants", StringComparison.Ordinal));
        Assert.Contains(practices, t => t.Contains("Runde Tische", StringComparison.Ordinal));
        Assert.Contains(practices, t => t.Contains("Gdańsk Model", StringComparison.Ordinal));
        Assert.Contains(practices, t => t.Contains("Kiosk z Pracą", StringComparison.Ordinal));
        Assert.Contains(practices, t => t.Contains("integration programmes", StringComparison.Ordinal));
        Assert.Contains(resources, u => u.Contains("osce.org", StringComparison.Ordinal));
        Assert.Contains(resources, u => u.Contains("european-migration-network", StringComparison.Ordinal));
        Assert.Equal(Enumerable.Range(1, 10), recommendations.Select(r => r.GetProperty("data").GetProperty("number").GetInt32()).Order());
    }

    [Fact]
    public void The_seed_names_positions_never_the_people_or_addresses_of_the_report()
    {
        var seed = File.ReadAllText(SharedSeeds.SeedFile);
        // The report's table of "persons designated for further working contacts": number, name, partner, position, contact.
        var people = ContactRow().Matches(SharedSeeds.Report).Select(m => m.Groups["name"].Value.Trim()).ToList();

        Assert.Equal(7, people.Count);
        Assert.All(people, name => Assert.DoesNotContain(name, seed, StringComparison.OrdinalIgnoreCase));
        Assert.All(people.Select(n => n.Split(' ')[^1]), surname => Assert.DoesNotContain(surname, seed, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotMatch(@"[\w.+-]+@[\w-]+\.[\w.]+", seed);
    }

    private static string Data(JsonElement e, string field) => e.GetProperty("data").GetProperty(field).GetString()!;

    [GeneratedRegex(@"^\d\.\t(?<name>[^\t]+)\t", RegexOptions.Multiline)]
    private static partial Regex ContactRow();

    public void Dispose() => _dir.Dispose();
}
