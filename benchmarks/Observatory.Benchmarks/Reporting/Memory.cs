using System.Globalization;

namespace Observatory.Benchmarks.Reporting;

/// <summary>
/// Peak memory of one phase: the process's peak resident set (Linux VmHWM, reset before the phase by writing 5 to
/// /proc/self/clear_refs, so it is the phase's own peak), the managed heap's peak as the GC saw it, and the bytes
/// allocated per event, and the time the GC held the process paused meanwhile (its collections and their count).
/// </summary>
internal sealed class Memory
{
    private readonly long _allocated;
    private readonly bool _reset;
    private readonly TimeSpan _paused;
    private readonly int _collections;

    private Memory(long allocated, bool reset) =>
        (_allocated, _reset, _paused, _collections) = (allocated, reset, GC.GetTotalPauseDuration(), GC.CollectionCount(0));

    public static Memory Start()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var reset = false;
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            reset = true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not Linux, or not allowed: the peak is then the process's peak so far.
        }
        return new Memory(GC.GetTotalAllocatedBytes(precise: true), reset);
    }

    public string Describe(long events)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - _allocated;
        var peakRss = PeakResidentKb() / 1024.0;
        var heap = GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes / (1024.0 * 1024);
        var paused = GC.GetTotalPauseDuration() - _paused;
        return string.Create(CultureInfo.InvariantCulture,
            $"peak RSS {peakRss:0} MB{(_reset ? "" : " (process)")}, heap after {heap:0} MB, {allocated / (double)Math.Max(1, events) / 1024:0.0} KB allocated/event, GC paused {paused.TotalMilliseconds:0} ms in {GC.CollectionCount(0) - _collections} collections");
    }

    private static long PeakResidentKb()
    {
        if (!File.Exists("/proc/self/status"))
            return Environment.WorkingSet / 1024;
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? Environment.WorkingSet / 1024 : long.Parse(line.Split(':', 2)[1].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }
}
