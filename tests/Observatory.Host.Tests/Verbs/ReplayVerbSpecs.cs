namespace Observatory.Host.Tests.Verbs;

/// <summary>Given the report's network, whose 78th entry corrects the first visit's date, when the timeline is replayed as of different moments.</summary>
public sealed class ReplayVerbSpecs : IDisposable
{
    private readonly VerbLog _log = new();

    public void Dispose() => _log.Dispose();

    [Fact]
    public async Task The_timeline_before_the_correction_of_the_first_visit_differs_from_the_one_after_it()
    {
        await _log.ImportAsync(VerbLog.SeedLines);

        var before = await _log.Run("replay", "--projection", "timeline", "--at-position", "77", "--format", "json");
        var after = await _log.Run("replay", "--projection", "timeline", "--at-position", "78", "--format", "json");
        var diff = await _log.Run("replay", "--projection", "timeline", "--at-position", "77", "--diff", "position:78");

        Assert.True(before.ExitCode == 0, before.Error);
        Assert.Contains("\"period\": \"2020-09\"", before.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\"period\": \"2021-09\"", before.Output, StringComparison.Ordinal);
        Assert.Contains("\"period\": \"2021-09\"", after.Output, StringComparison.Ordinal);
        Assert.Contains("$.months[", diff.Output, StringComparison.Ordinal);
        Assert.Contains("difference(s)", diff.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Known_at_a_moment_before_the_correction_was_recorded_the_timeline_shows_the_original_date()
    {
        var lines = VerbLog.SeedLines.Where(l => l.StartsWith('{')).ToList();
        var correction = lines.FindIndex(l => l.Contains("\"type\":\"entry-corrected\"", StringComparison.Ordinal));
        await _log.ImportAsync(lines.Take(correction));
        await Task.Delay(50);
        var between = DateTimeOffset.UtcNow;
        await Task.Delay(50);
        await _log.ImportAsync(lines.Skip(correction));

        var knownThen = await _log.Run("replay", "--projection", "timeline", "--known-at", between.ToString("O"), "--format", "json");
        var atOriginal = await _log.Run("replay", "--projection", "timeline", "--at-position", correction.ToString(System.Globalization.CultureInfo.InvariantCulture), "--format", "json");
        var now = await _log.Run("replay", "--projection", "timeline", "--format", "json");

        Assert.True(knownThen.ExitCode == 0, knownThen.Error);
        Assert.Equal(atOriginal.Output, knownThen.Output);
        Assert.NotEqual(now.Output, knownThen.Output);
    }

    [Fact]
    public async Task Two_moments_at_once_or_an_unknown_projection_are_refused_with_one_line()
    {
        await _log.ImportAsync(VerbLog.SeedLines);

        var both = await _log.Run("replay", "--projection", "timeline", "--at-position", "3", "--happened-by", "2021-01-01");
        var unknown = await _log.Run("replay", "--projection", "nothing");

        Assert.Equal((2, "replay: --at-position: give at most one of --at-position, --known-at and --happened-by\n"), (both.ExitCode, both.Error));
        Assert.Equal(2, unknown.ExitCode);
        Assert.StartsWith("replay: --projection: must be one of: timeline, indicators", unknown.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_text_format_prints_the_view_one_value_per_line()
    {
        await _log.ImportAsync(VerbLog.SeedLines);

        var run = await _log.Run("replay", "--projection", "participation", "--happened-by", "2022-12-31");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("$.meetingsByKind.study-visit = 3", run.Output, StringComparison.Ordinal);
    }
}
