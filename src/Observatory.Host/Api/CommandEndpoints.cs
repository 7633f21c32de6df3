using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Observatory.Domain.Serialization;

namespace Observatory.Host.Api;

/// <summary>
/// One command endpoint per kind of entry: <c>POST /api/v1/networks/{network}/streams/{stream}/{event-type}</c>. Routing
/// is generic over the event catalogue, so a new event type gets its endpoint, but each is mapped on its own with its
/// body's type, so the OpenAPI document describes every body.
/// </summary>
public static class CommandEndpoints
{
    public const int MaxBodyBytes = 64 * 1024;

    /// <summary>Entries only the system records: an evaluation's publication carries a hash the host computes, an erasure comes with deleting a key.</summary>
    public static readonly IReadOnlySet<string> SystemOnly = new HashSet<string>(StringComparer.Ordinal) { "evaluation-published", "personal-data-erased" };

    public static IEnumerable<EventTypeInfo> Recordable => EventCatalog.All.Where(t => !SystemOnly.Contains(t.WireName));

    public static RouteGroupBuilder MapCommands(this RouteGroupBuilder network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var group = network.MapGroup("/streams/{stream}").WithTags("Commands");
        foreach (var type in Recordable)
        {
            group.MapPost($"/{type.WireName}", (string network, string stream, HttpContext http, Recorder recorder,
                    [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, [FromHeader(Name = "If-Match")] string? ifMatch,
                    CancellationToken cancellationToken) =>
                    RecordAsync(network, stream, type, idempotencyKey, ifMatch, http, recorder, cancellationToken))
                .WithName($"record-{type.WireName}")
                .WithSummary($"Record {type.WireName} (schema {type.SchemaVersion})")
                .WithDescription("Idempotency-Key names the entry (a retry returns the original answer and appends nothing); "
                                 + "If-Match: \"<stream version>\" refuses the entry with 409 when the stream has moved on.")
                .Accepts(typeof(RecordRequest<>).MakeGenericType(type.ClrType), "application/json")
                .ProducesProblem(StatusCodes.Status400BadRequest)
                .ProducesProblem(StatusCodes.Status403Forbidden)
                .ProducesProblem(StatusCodes.Status409Conflict)
                .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
                .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
                .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        }
        return group;
    }

    private static async Task<Results<Created<RecordedEntry>, Ok<RecordedEntry>, ProblemHttpResult>> RecordAsync(string network, string stream,
        EventTypeInfo type, string? idempotencyKey, string? ifMatch, HttpContext http, Recorder recorder, CancellationToken cancellationToken)
    {
        if (!http.Request.HasJsonContentType())
            return ApiProblems.WrongContentType(http.Request.ContentType);
        if (http.Request.ContentLength > MaxBodyBytes)
            return ApiProblems.TooLarge(MaxBodyBytes);
        var (eventId, keyRule) = CommandHeaders.IdempotencyKey(network, idempotencyKey);
        if (keyRule is not null)
            return ApiProblems.Malformed("Idempotency-Key", keyRule);
        var (expected, matchRule) = CommandHeaders.IfMatch(ifMatch);
        if (matchRule is not null)
            return ApiProblems.Malformed("If-Match", matchRule);
        var bytes = await ReadLimitedAsync(http.Request.Body, cancellationToken);
        if (bytes is null)
            return ApiProblems.TooLarge(MaxBodyBytes);
        var (body, field, rule) = RecordBody.Parse(bytes, type);
        if (body is null)
            return ApiProblems.Malformed(field!, rule!);
        return await recorder.RecordAsync(network, stream, type, body, eventId, expected, http.User, http.Response, cancellationToken);
    }

    /// <summary>Reads at most <see cref="MaxBodyBytes"/>; null when there is more (a chunked body may not say its length).</summary>
    private static async Task<byte[]?> ReadLimitedAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
                return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
