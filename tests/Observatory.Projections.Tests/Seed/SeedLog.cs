using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Observatory.Domain.Recording;
using Observatory.Domain.Serialization;

namespace Observatory.Projections.Tests.Seed;

/// <summary>
/// The report's network read straight from the import file into RecordedEvents (positions 1..N in file order), so
/// projection tests run on the real report data without any store. Recorded one second apart from <see cref="RecordedFrom"/>.
/// </summary>
public static class SeedLog
{
    public static readonly DateTimeOffset RecordedFrom = new(2023, 4, 15, 9, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<IReadOnlyList<RecordedEvent>> Cached = new(() => Parse(File.ReadAllLines(SeedPath)));

    public static IReadOnlyList<RecordedEvent> Events => Cached.Value;

    /// <summary>The first study visit's event id, named in the file; the last line of the file corrects it.</summary>
    public static readonly Guid FirstVisit = Guid.Parse("0185b8a0-0000-7000-8000-00000000f157");

    public static string SeedPath
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Observatory.sln")))
                    return Path.Combine(dir.FullName, "seed", "internationally-about-migration.jsonl");
            }
            throw new FileNotFoundException("Observatory.sln not found above the test binaries.");
        }
    }

    public static IReadOnlyList<RecordedEvent> Parse(IEnumerable<string> lines)
    {
        var events = new List<RecordedEvent>();
        var versions = new Dictionary<string, long>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var line in lines)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
                continue;
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var stream = root.GetProperty("stream").GetString()!;
            var type = root.GetProperty("type").GetString()!;
            var schema = root.TryGetProperty("schemaVersion", out var v) ? v.GetInt32() : EventCatalog.TryGet(type, out var info) ? info.SchemaVersion : 1;
            var id = root.TryGetProperty("eventId", out var given) ? given.GetGuid() : IdOf(lineNumber);
            var version = versions[stream] = versions.GetValueOrDefault(stream) + 1;
            var position = events.Count + 1;
            events.Add(new RecordedEvent(id, stream, version, position, OccurredOn(root.GetProperty("occurredOn").GetString()!),
                RecordedFrom.AddSeconds(position), EventSerializer.Deserialize(type, schema, root.GetProperty("data").GetRawText())));
        }
        return events;
    }

    /// <summary>Appends facts after the seed, continuing its positions and recording times.</summary>
    public static IReadOnlyList<RecordedEvent> With(IReadOnlyList<RecordedEvent> log, params (string Stream, IDomainEvent Fact, DateOnly On)[] facts)
    {
        var events = log.ToList();
        foreach (var (stream, fact, on) in facts)
        {
            var position = events.Count + 1;
            var version = events.Count(e => e.Stream == stream) + 1;
            events.Add(new RecordedEvent(IdOf(100_000 + position), stream, version, position, new DateTimeOffset(on.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
                RecordedFrom.AddSeconds(position), fact));
        }
        return events;
    }

    public static Guid IdOf(int lineNumber) => new(SHA256.HashData(Encoding.UTF8.GetBytes($"seed-line-{lineNumber}")).AsSpan(0, 16));

    private static DateTimeOffset OccurredOn(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", out var day)
            ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : DateTimeOffset.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
}
