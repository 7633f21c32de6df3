using Observatory.Domain.EventStore;
using Observatory.Domain.Sharing;
using Observatory.Host.Log;
using Observatory.Host.Stores.Sqlite;

namespace Observatory.Host.Tests;

public sealed class UpcastingSpecs : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public async Task A_practice_stored_under_schema_version_1_is_read_as_the_current_version_and_the_stored_row_is_untouched()
    {
        await using var store = new SqliteEventStore(new SqliteStoreOptions { DatabasePath = _dir.File("log.db") });
        const string v1 = """{"title":"Swedish for Immigrants (SFI)","thematicArea":"education","partnerId":"markaryd"}""";
        await store.AppendAsync("demo", [new StreamAppend("practice-sfi", ExpectedVersion.NoStream,
            [new EventToAppend(Guid.CreateVersion7(), "practice-shared", 1, v1, new DateTimeOffset(2022, 6, 8, 0, 0, 0, TimeSpan.Zero),
                new EventMetadata("import", Guid.CreateVersion7()))])]);

        var stored = Assert.Single(await store.ReadAllAsync("demo", 0, 10));
        var practice = Assert.IsType<PracticeShared>(stored.ToRecorded().Event);

        Assert.Equal(1, stored.SchemaVersion);
        Assert.Equal(v1, stored.Data);
        Assert.Equal([ThematicArea.Education], practice.ThematicAreas);
        Assert.Equal("Swedish for Immigrants (SFI)", practice.Title);
    }

    [Fact]
    public async Task An_import_line_in_schema_version_1_is_stored_in_the_current_version()
    {
        var file = _dir.File("v1.jsonl");
        await File.WriteAllLinesAsync(file,
        [
            """{"network":"demo","stream":"network","type":"network-founded","occurredOn":"2022-01-10","data":{"name":"Demo","foundedOn":"2022-01-10"}}""",
            """{"network":"demo","stream":"network","type":"partner-joined","occurredOn":"2022-01-10","data":{"partnerId":"markaryd","name":"Municipality of Markaryd","country":"se","kind":"municipality","joinedOn":"2022-01-10"}}""",
            """{"network":"demo","stream":"practice-sfi","type":"practice-shared","schemaVersion":1,"occurredOn":"2022-06-08","data":{"title":"SFI","thematicArea":"education","partnerId":"markaryd"}}""",
        ]);

        var result = await CliRun.ExecuteAsync("import", file, "--data", _dir.Path);
        var log = await CliRun.ExecuteAsync("events", "--network", "demo", "--type", "practice-shared", "--format", "jsonl", "--data", _dir.Path);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("\"schemaVersion\":2", log.Output, StringComparison.Ordinal);
        Assert.Contains("\"thematicAreas\":[\"education\"]", log.Output, StringComparison.Ordinal);
    }

    public void Dispose() => _dir.Dispose();
}
