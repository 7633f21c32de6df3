namespace Observatory.Host.Tests;

public sealed class ImportVerbSpecs : IDisposable
{
    private readonly TempDirectory _dir = new();

    private const string Founded =
        """{"network":"demo","stream":"network","type":"network-founded","occurredOn":"2022-01-10","data":{"name":"Demo network","foundedOn":"2022-01-10"}}""";

    private Task<CliRun> Run(params string[] args) => CliRun.ExecuteAsync([.. args, "--data", _dir.Path]);

    private string WriteFile(string name, params string[] lines)
    {
        var path = _dir.File(name);
        File.WriteAllLines(path, lines);
        return path;
    }

    [Fact]
    public async Task Importing_a_file_twice_appends_its_events_once()
    {
        var file = WriteFile("ok.jsonl", "# a comment", Founded, "");

        var first = await Run("import", file);
        var second = await Run("import", file);
        var log = await Run("events", "--network", "demo", "--format", "jsonl");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("1 appended, 0 already in the log", first.Output, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("0 appended, 1 already in the log", second.Output, StringComparison.Ordinal);
        Assert.Single(log.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task A_file_with_one_malformed_line_changes_nothing_and_names_the_line()
    {
        var file = WriteFile("bad.jsonl", Founded, """{"network":"demo","stream":"network",""");

        var result = await Run("import", file);
        var log = await Run("events", "--network", "demo");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("line 2: line: is not valid JSON", result.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was imported", result.Error, StringComparison.Ordinal);
        Assert.Equal("", log.Output);
    }

    [Fact]
    public async Task An_unknown_field_in_the_data_is_refused_with_its_path()
    {
        var file = WriteFile("unknown.jsonl",
            """{"network":"demo","stream":"network","type":"network-founded","occurredOn":"2022-01-10","data":{"name":"Demo","foundedOn":"2022-01-10","mayor":"x"}}""");

        var result = await Run("import", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("line 1: data", result.Error, StringComparison.Ordinal);
        Assert.Contains("mayor", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_top_level_field_and_an_unknown_type_are_refused_each_with_its_line()
    {
        var file = WriteFile("unknown.jsonl",
            """{"network":"demo","stream":"network","type":"network-founded","occurredOn":"2022-01-10","data":{"name":"Demo","foundedOn":"2022-01-10"},"priority":1}""",
            """{"network":"demo","stream":"network","type":"network-dissolved","occurredOn":"2022-01-10","data":{}}""");

        var result = await Run("import", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("line 1: priority: is not a field of the import format", result.Error, StringComparison.Ordinal);
        Assert.Contains("line 2: type: 'network-dissolved' is not a known event type", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_occurred_on_without_an_offset_is_refused()
    {
        var file = WriteFile("naive.jsonl", Founded.Replace("\"occurredOn\":\"2022-01-10\"", "\"occurredOn\":\"2022-01-10T10:00:00\"", StringComparison.Ordinal));

        var result = await Run("import", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("line 1: occurredOn: must be a date", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_event_id_for_a_different_fact_is_refused_and_the_log_stays_as_it_was()
    {
        const string id = "0190f1c2-7a3b-7c4d-8e5f-000000000001";
        var original = WriteFile("a.jsonl", Founded.Replace("{\"network\"", $"{{\"eventId\":\"{id}\",\"network\"", StringComparison.Ordinal));
        var reused = WriteFile("b.jsonl", Founded.Replace("{\"network\"", $"{{\"eventId\":\"{id}\",\"network\"", StringComparison.Ordinal)
            .Replace("Demo network", "Another network", StringComparison.Ordinal));

        Assert.Equal(0, (await Run("import", original)).ExitCode);
        var result = await Run("import", reused);
        var log = await Run("events", "--network", "demo", "--format", "jsonl");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("line 1: eventId: is already in the log for a different fact", result.Error, StringComparison.Ordinal);
        Assert.Contains("Demo network", log.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Another network", log.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_is_one_readable_line_and_a_non_zero_exit()
    {
        var result = await Run("import", _dir.File("absent.jsonl"));

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("import: file: '", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    public void Dispose() => _dir.Dispose();
}
