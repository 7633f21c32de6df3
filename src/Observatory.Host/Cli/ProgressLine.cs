using System.Diagnostics;
using System.Globalization;

namespace Observatory.Host.Cli;

/// <summary>
/// Progress of a long verb as plain lines on stderr ("replay: 120,000 / 1,000,000 events (12 %), 95,000/s"), at most one
/// per interval: stdout stays the verb's machine-readable answer, and a log file of a CI run stays short.
/// </summary>
internal sealed class ProgressLine(TextWriter error, string verb, string unit, long total, TimeSpan every)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _lastWritten = TimeSpan.Zero;

    public static TimeSpan DefaultInterval { get; } = TimeSpan.FromSeconds(1);

    public async ValueTask ReportAsync(long done, bool final = false)
    {
        var now = _clock.Elapsed;
        if (!final && now - _lastWritten < every)
            return;
        _lastWritten = now;
        var rate = now.TotalSeconds > 0 ? done / now.TotalSeconds : 0;
        var share = total > 0 ? $" ({Math.Min(100, done * 100 / total)} %)" : "";
        await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{verb}: {done:N0}{(total > 0 ? $" / {total:N0}" : "")} {unit}{share}, {rate:N0}/s{(final ? $", {now.TotalSeconds:0.0} s" : "")}"));
    }
}
