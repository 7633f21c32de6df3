using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Observatory.Domain.EventStore;

namespace Observatory.Host.Api;

public sealed record StreamHead(string Network, string Stream, long Version);

/// <summary>A stream's current version, the ETag to send back as If-Match; answered from the cached ledger, not the log.</summary>
public static class StreamEndpoints
{
    public static RouteGroupBuilder MapStreamHeads(this RouteGroupBuilder network)
    {
        ArgumentNullException.ThrowIfNull(network);
        network.MapGet("/streams/{stream}", HeadAsync).WithName("read-stream-head").WithTags("Commands");
        return network;
    }

    public static async Task<Results<Ok<StreamHead>, ProblemHttpResult>> HeadAsync(string network, string stream, HttpResponse response,
        LedgerCache ledgers, CancellationToken cancellationToken)
    {
        if (!StreamNames.IsValidStream(stream))
            return ApiProblems.Malformed("stream", "must be \"{kind}\" or \"{kind}-{id}\"");
        var ledger = await ledgers.For(network).CurrentAsync(cancellationToken);
        var version = ledger.StreamVersion(stream);
        response.Headers.ETag = CommandHeaders.ETag(version);
        return TypedResults.Ok(new StreamHead(network, stream, version));
    }
}
