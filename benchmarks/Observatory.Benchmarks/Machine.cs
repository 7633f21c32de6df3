using System.Runtime.InteropServices;

namespace Observatory.Benchmarks;

/// <summary>What the figures ran on, printed above the table: a number means little without its machine and its load.</summary>
internal static class Machine
{
    public static string Describe()
    {
        var cpu = ReadLine("/proc/cpuinfo", "model name")?.Split(':', 2)[1].Trim() ?? RuntimeInformation.ProcessArchitecture.ToString();
        var memory = ReadLine("/proc/meminfo", "MemTotal")?.Split(':', 2)[1].Trim() ?? "?";
        return $"{Environment.ProcessorCount} cores ({cpu}), {memory} memory, {RuntimeInformation.OSDescription}, .NET {Environment.Version}";
    }

    /// <summary>The 1-minute load average: on 2 cores, anything near 1 or above means a neighbour shared the machine.</summary>
    public static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private static string? ReadLine(string path, string prefix) =>
        File.Exists(path) ? File.ReadLines(path).FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal)) : null;
}
