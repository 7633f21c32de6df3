using System.Globalization;

namespace Observatory.Benchmarks.Reporting;

/// <summary>One figure: Observatory's rate, the raw limit measured in the same run, and what it is held to.</summary>
internal sealed record ResultRow(string Store, string Figure, Rate Observatory, Rate? Raw, string RawMethod, double? Target, double? RatioTarget,
    IReadOnlyList<LatencyTarget> LatencyTargets);

/// <summary>A latency a figure is held to: the <see cref="Percentile"/>th percentile at most <see cref="Milliseconds"/>.</summary>
internal readonly record struct LatencyTarget(double Percentile, double Milliseconds);

/// <summary>
/// The one table a run prints, in markdown, so it can be pasted into docs/benchmarks.md as it is. With --repeat, a
/// figure added again keeps the faster of its measurements on each side: on a shared machine a neighbour can only slow
/// a measurement down, so the best of several is the closest to what the code can do.
/// </summary>
internal sealed class ResultTable
{
    private readonly List<ResultRow> _rows = [];

    public void Add(string store, string figure, Rate observatory, Rate? raw, string rawMethod, double? target = null, double? ratioTarget = null,
        IReadOnlyList<LatencyTarget>? latency = null)
    {
        var index = _rows.FindIndex(r => r.Store == store && r.Figure == figure);
        if (index < 0)
        {
            _rows.Add(new ResultRow(store, figure, observatory, raw, rawMethod, target, ratioTarget, latency ?? []));
            return;
        }
        var old = _rows[index];
        var fasterRaw = raw is not null && (old.Raw is null || raw.PerSecond > old.Raw.PerSecond);
        _rows[index] = old with
        {
            Observatory = observatory.PerSecond > old.Observatory.PerSecond ? observatory : old.Observatory,
            Raw = fasterRaw ? raw : old.Raw,
            RawMethod = fasterRaw ? rawMethod : old.RawMethod,
        };
    }

    public ResultRow? Find(string store, string figure) => _rows.Find(r => r.Store == store && r.Figure == figure);

    public void Write(TextWriter output)
    {
        output.WriteLine("| store | figure | Observatory | raw limit, same run (method) | ratio | CPU µs/event client+server (vs raw) | target |");
        output.WriteLine("|---|---|---:|---|---:|---|---|");
        foreach (var r in _rows)
        {
            var ratio = r.Raw is null ? double.NaN : r.Observatory.PerSecond / r.Raw.PerSecond;
            var goals = new List<string>();
            if (r.Target is { } t)
                goals.Add($"≥ {Count(t)}/s {(r.Observatory.PerSecond >= t ? "met" : "MISSED")}");
            if (r.RatioTarget is { } rt)
                goals.Add($"≥ {rt:P0} of raw {(ratio >= rt ? "met" : "MISSED")}");
            foreach (var lt in r.LatencyTargets)
            {
                var measured = r.Observatory.Latency?.Percentile(lt.Percentile) ?? double.NaN;
                goals.Add(string.Create(CultureInfo.InvariantCulture, $"p{lt.Percentile:0} ≤ {lt.Milliseconds:0} ms {(measured <= lt.Milliseconds ? "met" : "MISSED")}"));
            }
            var raw = r.Raw is null ? "—" : $"{Describe(r.Raw)} ({r.RawMethod})";
            var ratioText = double.IsNaN(ratio) ? "—" : ratio.ToString("0.00×", CultureInfo.InvariantCulture);
            var cpu = r.Raw is null ? Cpu(r.Store, r.Observatory) : $"{Cpu(r.Store, r.Observatory)} vs {Cpu(r.Store, r.Raw)}";
            output.WriteLine($"| {r.Store} | {r.Figure} | {Describe(r.Observatory)} | {raw} | {ratioText} | {cpu} | {string.Join("; ", goals)} |");
        }
    }

    public static string Describe(Rate rate)
    {
        var text = $"{Count(rate.PerSecond)}/s";
        if (rate.Latency is { } l)
            text += l.ShowP95
                ? string.Create(CultureInfo.InvariantCulture, $" (p50 {l.Percentile(50):0.0} ms, p95 {l.Percentile(95):0.0} ms, p99 {l.Percentile(99):0.0} ms)")
                : string.Create(CultureInfo.InvariantCulture, $" (p50 {l.Percentile(50):0.0} ms, p99 {l.Percentile(99):0.0} ms)");
        if (rate.Note is { Length: > 0 } note)
            text += $"; {note}";
        return text;
    }

    // SQLite runs inside this process, so only PostgreSQL rows have a server side (RabbitMQ's CPU is not counted). A negative server figure means
    // other backends (a neighbour's tests) ended during the run and took their CPU time with them: not measurable.
    private static string Cpu(string store, Rate rate)
    {
        var (client, server) = rate.CpuPerEvent;
        var serverText = !store.StartsWith("PostgreSQL", StringComparison.Ordinal) ? "" : server < 0 ? "+n/a" : string.Create(CultureInfo.InvariantCulture, $"+{server:0.0}");
        return string.Create(CultureInfo.InvariantCulture, $"{client:0.0}{serverText}");
    }

    public static string Count(double value) => value.ToString("#,0", CultureInfo.InvariantCulture);
}
