using Observatory.Host.Cli;
using Xunit;

namespace Observatory.Host.Tests.Verbs;

public sealed class ProgressLineSpecs
{
    [Fact]
    public async Task A_long_verb_reports_done_total_and_share_on_stderr_and_not_more_often_than_its_interval()
    {
        var error = new StringWriter();
        var progress = new ProgressLine(error, "replay", "events read", 1_000_000, TimeSpan.FromHours(1));

        await progress.ReportAsync(250_000); // within the first interval: nothing yet
        await progress.ReportAsync(1_000_000, final: true);

        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(lines);
        Assert.StartsWith("replay: 1,000,000 / 1,000,000 events read (100 %), ", line, StringComparison.Ordinal);
        Assert.Contains("/s, ", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_known_total_it_reports_the_count_and_the_rate()
    {
        var error = new StringWriter();
        var progress = new ProgressLine(error, "import", "lines read", 0, TimeSpan.Zero);

        await progress.ReportAsync(4_096);

        Assert.StartsWith("import: 4,096 lines read, ", error.ToString(), StringComparison.Ordinal);
    }
}
