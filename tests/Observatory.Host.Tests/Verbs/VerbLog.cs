using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Observatory.Host.Cli;

namespace Observatory.Host.Tests.Verbs;

/// <summary>The report's network in a fresh SQLite store, and the evaluation's golden file, for the verb specs.</summary>
public sealed class VerbLog : IDisposable
{
    public const string Network = "migration-in-local-governments";

    private readonly TempDirectory _directory = new();

    public string Data => _directory.Path;

    public string File(string name) => _directory.File(name);

    public Task<CliRun> Run(params string[] args) => CliRun.ExecuteAsync([.. args, "--store", "sqlite", "--data", Data]);

    public static string[] SeedLines => System.IO.File.ReadAllLines(RunVerb.SeedFile);

    /// <summary>Imports lines of the seed (or any JSON Lines) through the import verb.</summary>
    public async Task ImportAsync(IEnumerable<string> lines)
    {
        var path = File($"import-{Guid.NewGuid():N}.jsonl");
        await System.IO.File.WriteAllLinesAsync(path, lines);
        var run = await Run("import", path);
        Assert.True(run.ExitCode == 0, run.Error);
    }

    public async Task<string> EventIdOf(string stream)
    {
        var run = await Run("events", "--network", Network, "--stream", stream, "--format", "jsonl");
        return JsonDocument.Parse(run.Output.Split('\n')[0]).RootElement.GetProperty("eventId").GetString()!;
    }

    public static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(System.IO.File.ReadAllBytes(path)));

    /// <summary>The approved evaluation of the report's network (tests/Observatory.Projections.Tests/Approved).</summary>
    public static string ApprovedEvaluation => System.IO.File.ReadAllText(ApprovedPath("json"), Encoding.UTF8);

    /// <summary>The approved rendering of the report network's evaluation with that extension (json, md or html).</summary>
    public static string ApprovedPath(string extension)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "tests", "Observatory.Projections.Tests", "Approved", $"evaluation.report-network.approved.{extension}");
            if (System.IO.File.Exists(path))
                return path;
        }
        throw new FileNotFoundException($"The approved evaluation ({extension}) was not found above the test binaries.");
    }

    public void Dispose() => _directory.Dispose();
}
