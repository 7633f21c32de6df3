namespace Observatory.Host.Tests;

/// <summary>The source documents in ../shared/seeds beside the repository, which CI provides.</summary>
public static class SharedSeeds
{
    public static string Report => File.ReadAllText(Find("002_5531ca27e9412c28.txt"));

    public static string SeedFile => Path.Combine(RepositoryRoot, "seed", "internationally-about-migration.jsonl");

    /// <summary>The seed's last position: its number of event lines (engineers append to it, so specs must not hard-code it).</summary>
    public static long SeedHead => File.ReadLines(SeedFile).Count(l => l.StartsWith('{'));

    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Observatory.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("Observatory.sln not found above the test binaries.");
        }
    }

    private static string Find(string name)
    {
        var path = Path.Combine(RepositoryRoot, "..", "shared", "seeds", name);
        return File.Exists(path) ? path : throw new FileNotFoundException($"The source document {name} is expected in ../shared/seeds beside the repository.", path);
    }
}
