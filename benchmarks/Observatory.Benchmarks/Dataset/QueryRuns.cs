using System.Net;
using Observatory.Benchmarks.Host;
using Observatory.Benchmarks.Reporting;

namespace Observatory.Benchmarks.Dataset;

/// <summary>GET requests from a few concurrent readers, each timed to the last byte of the answer.</summary>
internal static class QueryRuns
{
    /// <param name="paths">Reader r's i-th request; every answer must be 200.</param>
    /// <param name="budget">Each reader stops after this long even if it has not made <paramref name="perReader"/> requests.</param>
    public static Task<Rate> GetAsync(IReadOnlyList<HttpClient> readers, int perReader, Func<int, int, (HttpClient Client, string Path)> paths,
        TimeSpan? budget = null) =>
        Measure.TimedWorkersAsync(readers.Count, async (r, times) =>
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var i = 0;
            for (; i < perReader && watch.Elapsed < (budget ?? TimeSpan.MaxValue); i++)
            {
                var (client, path) = paths(r, i);
                await Measure.TimeAsync(times, async () =>
                {
                    using var response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead);
                    await HttpSuite.ExpectAsync(response, HttpStatusCode.OK);
                });
            }
            return i;
        }, showP95: true);
}
