using System.Net;
using Observatory.Benchmarks.Host;
using Observatory.Benchmarks.Reporting;

namespace Observatory.Benchmarks.Dataset;

/// <summary>GET requests from a few concurrent readers, each timed to the last byte of the answer.</summary>
internal static class QueryRuns
{
    /// <param name="paths">Reader r's i-th request; every answer must be 200.</param>
    /// <param name="budget">Each reader stops after this long even if it has not made <paramref name="perReader"/> requests.</param>
    public static async Task<Rate> GetAsync(IReadOnlyList<HttpClient> readers, int perReader, Func<int, int, (HttpClient Client, string Path)> paths,
        TimeSpan? budget = null)
    {
        // A failed answer is timed and counted, not fatal: the row says how many failed and the first status and path.
        var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var rate = await Measure.TimedWorkersAsync(readers.Count, async (r, times) =>
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var i = 0;
            for (; i < perReader && watch.Elapsed < (budget ?? TimeSpan.MaxValue); i++)
            {
                var (client, path) = paths(r, i);
                await Measure.TimeAsync(times, async () =>
                {
                    using var response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead);
                    if (response.StatusCode != HttpStatusCode.OK)
                        failures.Enqueue($"{(int)response.StatusCode} on {path}");
                });
            }
            return i;
        }, showP95: true);
        return failures.IsEmpty ? rate : rate with { Note = $"{failures.Count} of {rate.Events} answers not 200 (first: {failures.First()})" };
    }
}
