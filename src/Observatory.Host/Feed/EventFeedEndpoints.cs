using System.Globalization;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Observatory.Contracts.V1;
using Observatory.Domain.EventStore;
using Observatory.Host.Contracts;

namespace Observatory.Host.Feed;

/// <summary>
/// The HTTP way to subscribe, for systems without AMQP: a paged feed from any position and a live tail as
/// server-sent events. Both send the same public contract as the bus. The route group is returned so the host
/// can require authorization on it (RequireAuthorization) once roles exist.
/// </summary>
public static class EventFeedEndpoints
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1_000;
    private const int LivePageSize = 200;

    public static RouteGroupBuilder MapEventFeed(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup("/api/v1/networks/{network}/events").WithTags("Event feed");
        group.MapGet("/", ReadPageAsync).WithName("ReadEventFeed");
        group.MapGet("/live", LiveTailAsync).WithName("LiveEventFeed");
        return group;
    }

    public static async Task<Results<Ok<EventFeedPage>, ProblemHttpResult>> ReadPageAsync(
        string network, long? after, int? limit, [FromServices] IEventStore store, CancellationToken cancellationToken)
    {
        var from = after ?? 0;
        var count = limit ?? DefaultLimit;
        if (Invalid(network, from) is { } invalid)
            return invalid;
        if (count is < 1 or > MaxLimit)
            return Problem(StatusCodes.Status400BadRequest, "limit", $"must be between 1 and {MaxLimit}, not {count}");

        var head = await store.ReadHeadAsync(network, cancellationToken).ConfigureAwait(false);
        if (head == 0)
            return UnknownNetwork(network);
        var page = await store.ReadAllAsync(network, from, count, cancellationToken).ConfigureAwait(false);
        var events = page.Select(PublicEvents.ToPublic).ToList();
        return TypedResults.Ok(new EventFeedPage(network, from, events.Count == 0 ? from : events[^1].Position, head, events));
    }

    /// <summary>
    /// Every event after the starting point, then each new one as it is committed (woken by the store, never
    /// polled). Each event's SSE id is its position, so a reconnecting EventSource resumes after the last one it
    /// received through Last-Event-ID, which takes precedence over <c>after</c>.
    /// </summary>
    public static async Task<Results<ServerSentEventsResult<ObservatoryEventV1>, ProblemHttpResult>> LiveTailAsync(
        string network, long? after, [FromHeader(Name = "Last-Event-ID")] string? lastEventId,
        [FromServices] IEventStore store, CancellationToken cancellationToken)
    {
        var from = after ?? 0;
        if (!string.IsNullOrWhiteSpace(lastEventId))
        {
            if (!long.TryParse(lastEventId, NumberStyles.None, CultureInfo.InvariantCulture, out from))
                return Problem(StatusCodes.Status400BadRequest, "Last-Event-ID", $"must be a position (a whole number), not '{lastEventId}'");
        }
        if (Invalid(network, from) is { } invalid)
            return invalid;
        if (await store.ReadHeadAsync(network, cancellationToken).ConfigureAwait(false) == 0)
            return UnknownNetwork(network);
        return TypedResults.ServerSentEvents(TailAsync(store, network, from, cancellationToken));
    }

    private static async IAsyncEnumerable<SseItem<ObservatoryEventV1>> TailAsync(
        IEventStore store, string network, long after, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var page = await store.ReadAllAsync(network, after, LivePageSize, cancellationToken).ConfigureAwait(false);
            if (page.Count == 0)
            {
                await store.WaitForEventsAsync(network, after, cancellationToken).ConfigureAwait(false);
                continue;
            }
            foreach (var stored in page)
            {
                yield return new SseItem<ObservatoryEventV1>(PublicEvents.ToPublic(stored))
                {
                    EventId = stored.Position.ToString(CultureInfo.InvariantCulture),
                };
                after = stored.Position;
            }
        }
    }

    private static ProblemHttpResult? Invalid(string network, long after)
    {
        if (!StreamNames.IsValidNetwork(network))
            return Problem(StatusCodes.Status400BadRequest, "network", "must be 1 to 63 lowercase letters, digits or '-', starting with a letter or digit");
        if (after < 0)
            return Problem(StatusCodes.Status400BadRequest, "after", $"must be a position of 0 or more, not {after}");
        return null;
    }

    private static ProblemHttpResult UnknownNetwork(string network) =>
        Problem(StatusCodes.Status404NotFound, "network", $"'{network}' has no events");

    private static ProblemHttpResult Problem(int status, string field, string rule) =>
        TypedResults.Problem(
            title: status == StatusCodes.Status404NotFound ? "Network not found" : "Invalid request",
            detail: $"{field}: {rule}",
            statusCode: status,
            extensions: new Dictionary<string, object?> { ["field"] = field, ["rule"] = rule });
}
