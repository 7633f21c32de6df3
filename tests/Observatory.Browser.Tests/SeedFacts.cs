namespace Observatory.Browser.Tests;

/// <summary>
/// Positions in the seeded log, read from the seed file itself, so the specs hold while engineers append to it:
/// <see cref="Head"/> is its last position, <see cref="Correction"/> the position of the first visit's correction.
/// </summary>
public static class SeedFacts
{
    private static readonly Lazy<string[]> Events = new(() =>
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "seed", "internationally-about-migration.jsonl")))
            directory = directory.Parent;
        var path = Path.Combine(directory?.FullName ?? throw new FileNotFoundException("seed/internationally-about-migration.jsonl"), "seed", "internationally-about-migration.jsonl");
        return [.. File.ReadLines(path).Where(l => l.TrimStart().StartsWith('{'))];
    });

    public static long Head => Events.Value.Length;

    public static long Correction => Array.FindIndex(Events.Value, l => l.Contains("\"type\":\"entry-corrected\"", StringComparison.Ordinal)
        && l.Contains("meeting-bytow-first-visit", StringComparison.Ordinal)) + 1;
}
