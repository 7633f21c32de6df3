using System.Diagnostics;
using System.Globalization;

namespace Observatory.Host.Cli;

/// <summary>
/// Progress of a long verb on stderr. On a terminal: a bar redrawn in place
/// ("replay [########------------]  40 % 400,000 / 1,000,000 events read, 95,000/s"). Redirected (a log file, CI, a
/// test): plain lines, at most one per interval, so stdout stays the verb's machine-readable answer and logs stay short.
/// </summary>
internal sealed class ProgressLine(TextWriter error, string verb, string unit, long total, TimeSpan every)
{
    private const int BarWidth = 24;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly bool _terminal = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
    private TimeSpan _lastWritten = TimeSpan.Zero;

    public static TimeSpan DefaultInterval { get; } = TimeSpan.FromSeconds(1);

    /// <summary>Whether anything was written: a drawn bar must be finished with a final report so the next line starts clean.</summary>
    public bool Drawn { get; private set; }

    public async ValueTask ReportAsync(long done, bool final = false)
    {
        var now = _clock.Elapsed;
        var interval = _terminal ? TimeSpan.FromMilliseconds(200) : every;
        if (!final && now - _lastWritten < interval)
            return;
        _lastWritten = now;
        Drawn = true;
        var rate = now.TotalSeconds > 0 ? done / now.TotalSeconds : 0;
        var counts = string.Create(CultureInfo.InvariantCulture,
            $"{done:N0}{(total > 0 ? $" / {total:N0}" : "")} {unit}, {rate:N0}/s{(final ? $", {now.TotalSeconds:0.0} s" : "")}");
        if (_terminal)
        {
            await error.WriteAsync($"\r{verb} {Bar(done)} {counts}\u001b[K{(final ? "\n" : "")}");
            return;
        }
        var share = total > 0 ? $" ({Math.Min(100, done * 100 / total)} %)" : "";
        await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{verb}: {done:N0}{(total > 0 ? $" / {total:N0}" : "")} {unit}{share}, {rate:N0}/s{(final ? $", {now.TotalSeconds:0.0} s" : "")}"));
    }

    private string Bar(long done)
    {
        if (total <= 0)
            return "[" + new string('.', BarWidth) + "]";
        var share = Math.Clamp((double)done / total, 0, 1);
        var filled = (int)Math.Round(share * BarWidth);
        return string.Create(CultureInfo.InvariantCulture, $"[{new string('#', filled)}{new string('-', BarWidth - filled)}] {share * 100,3:0} %");
    }
}
