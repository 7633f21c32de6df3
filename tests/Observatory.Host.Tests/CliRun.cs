using Observatory.Host.Cli;

namespace Observatory.Host.Tests;

/// <summary>Runs the real executable's verbs in-process and captures what a user would see.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static readonly DateTimeOffset Today = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    public static async Task<CliRun> ExecuteAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await ObservatoryCli.RunAsync(args, output, error, new FixedClock(Today));
        return new CliRun(code, output.ToString(), error.ToString());
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
