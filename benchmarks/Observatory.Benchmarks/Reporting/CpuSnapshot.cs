using System.Diagnostics;
using System.Globalization;

namespace Observatory.Benchmarks.Reporting;

/// <summary>
/// CPU time used so far by this process (the client: the store's C# code or the raw harness) and by every PostgreSQL
/// server process (Linux /proc, best effort). On 2 cores, CPU per event tells whether a figure is bound by CPU or by
/// waiting (fsync, locks, round trips). The server side counts every backend, so a neighbour's tests on the same
/// server inflate it; compare it with the load average printed above the table.
/// </summary>
internal readonly record struct CpuSnapshot(TimeSpan Client, TimeSpan Server)
{
    // Linux reports utime and stime in clock ticks of USER_HZ, which is 100 on every mainstream kernel.
    private const double TicksPerSecond = 100;

    public static CpuSnapshot Take() => new(Process.GetCurrentProcess().TotalProcessorTime, PostgresCpu());

    public static CpuSnapshot operator -(CpuSnapshot after, CpuSnapshot before) => new(after.Client - before.Client, after.Server - before.Server);

    private static TimeSpan PostgresCpu()
    {
        if (!Directory.Exists("/proc"))
            return TimeSpan.Zero;
        double ticks = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                // "pid (comm) state ppid …": comm may hold spaces, so fields are counted after the closing parenthesis.
                var close = stat.LastIndexOf(')');
                if (close < 0 || !stat.AsSpan(0, close).Contains("(postgres", StringComparison.Ordinal))
                    continue;
                var fields = stat[(close + 2)..].Split(' ');
                ticks += double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
            {
                // A process that ended while we looked, or one we may not read: it is left out.
            }
        }
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }
}
