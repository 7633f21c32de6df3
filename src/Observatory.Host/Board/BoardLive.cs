using System.Globalization;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Observatory.Domain.EventStore;
using Observatory.Domain.Platform;
using Observatory.Domain.Serialization;
using Observatory.Host.Dashboard;
using Observatory.Host.Localization;
using Observatory.Host.Projections;
using Observatory.Projections.Board;
using Observatory.Projections.Roster;

namespace Observatory.Host.Board;

/// <summary>
/// The board's live push: the event feed's live tail (woken by the store, never polled; the SSE id is the position, so a
/// reconnecting EventSource resumes through Last-Event-ID), narrowed to this network's new posts that match the page's
/// filters, each sent as the same HTML the page draws, rendered in the reader's language and escaped on the server.
/// </summary>
public static class BoardLive
{
    private const int PageSize = 200;

    public static async Task<IResult> TailAsync(string network, long? after, [FromHeader(Name = "Last-Event-ID")] string? lastEventId,
        HttpContext http, IEventStore store, ReadModelReader readModels)
    {
        var (screen, problem) = await BoardEndpoints.LoadAsync(network, http, store, readModels, http.Request.Query);
        if (problem is not null)
            return problem;
        var from = after ?? screen!.Head;
        if (!string.IsNullOrWhiteSpace(lastEventId) && !long.TryParse(lastEventId, NumberStyles.None, CultureInfo.InvariantCulture, out from))
            return DashboardProblems.BadParameter("Last-Event-ID", $"must be a position (a whole number), not '{lastEventId}'");
        if (from < 0)
            return DashboardProblems.BadParameter("after", "must be a position of 0 or more");
        var t = http.Texts();
        return TypedResults.ServerSentEvents(PostsAsync(store, t, screen!, from, http.RequestAborted));
    }

    private static async IAsyncEnumerable<SseItem<string>> PostsAsync(IEventStore store, Texts t, BoardScreen screen, long after,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var page = await store.ReadAllAsync(screen.Network, after, PageSize, cancellationToken).ConfigureAwait(false);
            if (page.Count == 0)
            {
                await store.WaitForEventsAsync(screen.Network, after, cancellationToken).ConfigureAwait(false);
                continue;
            }
            foreach (var stored in page)
            {
                after = stored.Position;
                if (Post(stored) is { } post && BoardView.Matches(post, screen.Query))
                {
                    var html = BoardPostHtml.Render(t, screen.Network, post, screen.Query.UnansweredAfterDays, screen.Context.PartnerName,
                        BoardPageHtml.ReplyFor(t, screen, post.Stream));
                    yield return new SseItem<string>(html) { EventId = stored.Position.ToString(CultureInfo.InvariantCulture) };
                }
            }
        }
    }

    private static BoardPost? Post(StoredEvent stored) =>
        stored.Type == EventCatalog.For<BoardPostPublished>().WireName
        && EventSerializer.Deserialize(stored.Type, stored.SchemaVersion, stored.Data) is BoardPostPublished p
            ? new BoardPost(stored.Stream, stored.Position, p.PartnerId, Keys.Of(p.Kind), p.ThematicArea is { } area ? Keys.Of(area) : null,
                p.Language, p.Title, p.Body, DateOnly.FromDateTime(stored.OccurredOn.UtcDateTime), [], Unanswered: false)
            : null;
}
