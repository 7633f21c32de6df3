using System.Diagnostics;

namespace Observatory.Benchmarks.Reporting;

/// <summary>Events over wall-clock time, and latencies when the run measured each operation.</summary>
internal sealed record Rate(long Events, TimeSpan Elapsed, Latencies? Latency = null, CpuSnapshot Cpu = default)
{
    /// <summary>What else was measured with the rate (peak memory, allocation), printed after it.</summary>
    public string? Note { get; init; }

    public double PerSecond => Events / Math.Max(Elapsed.TotalSeconds, 1e-9);

    /// <summary>Microseconds of CPU per event, in this process and in PostgreSQL's.</summary>
    public (double Client, double Server) CpuPerEvent =>
        Events == 0 ? (0, 0) : (Cpu.Client.TotalMicroseconds / Events, Cpu.Server.TotalMicroseconds / Events);
}

/// <summary>Operation latencies in milliseconds; percentiles by the nearest-rank method.</summary>
internal sealed class Latencies(IEnumerable<double> milliseconds, bool showP95 = false)
{
    private readonly double[] _sorted = [.. milliseconds.Order()];

    /// <summary>Query figures are held to p95 and p99, so their rows print p95 too.</summary>
    public bool ShowP95 { get; } = showP95;

    public int Count => _sorted.Length;

    public double Percentile(double p) =>
        _sorted.Length == 0 ? double.NaN : _sorted[Math.Clamp((int)Math.Ceiling(p / 100 * _sorted.Length) - 1, 0, _sorted.Length - 1)];
}

internal static class Measure
{
    /// <summary>Runs <paramref name="workers"/> concurrent workers, each returning how many events it handled; times the whole.</summary>
    public static async Task<Rate> WorkersAsync(int workers, Func<int, Task<long>> work)
    {
        var cpu = CpuSnapshot.Take();
        var watch = Stopwatch.StartNew();
        var counts = await Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(() => work(w)))).ConfigureAwait(false);
        return new Rate(counts.Sum(), watch.Elapsed, Cpu: CpuSnapshot.Take() - cpu);
    }

    /// <summary>Like <see cref="WorkersAsync"/>, but each worker also records the latency of its operations (see <see cref="TimeAsync"/>).</summary>
    public static async Task<Rate> TimedWorkersAsync(int workers, Func<int, List<double>, Task<long>> work, bool showP95 = false)
    {
        var times = Enumerable.Range(0, workers).Select(_ => new List<double>()).ToArray();
        var cpu = CpuSnapshot.Take();
        var watch = Stopwatch.StartNew();
        var counts = await Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(() => work(w, times[w])))).ConfigureAwait(false);
        return new Rate(counts.Sum(), watch.Elapsed, new Latencies(times.SelectMany(t => t), showP95), CpuSnapshot.Take() - cpu);
    }

    public static async Task TimeAsync(List<double> into, Func<Task> operation)
    {
        var start = Stopwatch.GetTimestamp();
        await operation().ConfigureAwait(false);
        into.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
    }
}
