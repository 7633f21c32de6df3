using System.Runtime.CompilerServices;
using Observatory.Domain.EventStore;

namespace Observatory.Host.Stores;

/// <summary>
/// Reading a stream in pages, for both stores: one short query per page, so a slow consumer holds neither a
/// connection nor a read snapshot between pages. The store supplies the query for one page.
/// </summary>
internal static class StreamPages
{
    public const int PageSize = 500;

    /// <param name="readPage">The events of the stream from a version on, at most <see cref="PageSize"/>, in version order.</param>
    public static async IAsyncEnumerable<StoredEvent> ReadAsync(string network, string stream, long fromVersion,
        Func<long, CancellationToken, Task<List<StoredEvent>>> readPage, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        AppendRules.CheckNetwork(network);
        AppendRules.CheckStream(stream);
        var next = Math.Max(1, fromVersion);
        while (true)
        {
            var page = await readPage(next, cancellationToken).ConfigureAwait(false);
            foreach (var e in page)
                yield return e;
            if (page.Count < PageSize)
                yield break;
            next = page[^1].StreamVersion + 1;
        }
    }
}
