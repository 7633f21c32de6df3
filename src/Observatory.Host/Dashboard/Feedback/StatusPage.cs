using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Observatory.Domain.EventStore;
using Observatory.Host.Projections;
using Observatory.Projections.Feedback;
using static Observatory.Host.Dashboard.Html;

namespace Observatory.Host.Dashboard.Feedback;

/// <summary>
/// <c>/status</c>: a token in, the feedback's status and public responses out, and nothing else (<see cref="StatusLookup"/>
/// shows no theme, text, partner or contact). The token is posted, never put in a URL, so it stays out of histories and logs.
/// </summary>
public static class StatusPage
{
    public const string Path = "/status";
    private const string HtmlType = "text/html; charset=utf-8";

    public static IEndpointRouteBuilder MapStatusPage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, () => Results.Content(Page("", null, false), HtmlType)).ExcludeFromDescription();
        // Reading a status changes nothing, so there is nothing to forge: no anti-forgery token is asked for.
        endpoints.MapPost(Path, LookUpAsync).ExcludeFromDescription().DisableAntiforgery();
        return endpoints;
    }

    private static async Task<IResult> LookUpAsync(HttpContext http, IEventStore store, ReadModelReader readModels)
    {
        var token = http.Request.HasFormContentType ? (await http.Request.ReadFormAsync(http.RequestAborted))["token"].ToString().Trim() : "";
        http.Response.Headers.CacheControl = "no-store";
        if (token.Length == 0)
            return Results.Content(Page("", null, true), HtmlType, statusCode: StatusCodes.Status400BadRequest);
        // A token names no network; there are few per host, and each lookup is a dictionary probe in a read model.
        foreach (var network in await store.ListNetworksAsync(http.RequestAborted))
        {
            if (await FeedbackReadModel.ReadAsync(readModels, network, http.RequestAborted) is { } state && StatusLookup.Find(state, token) is { } status)
                return Results.Content(Page(token, status, false), HtmlType);
        }
        return Results.Content(Page(token, null, true), HtmlType, statusCode: StatusCodes.Status404NotFound);
    }

    private static string Page(string token, FeedbackStatus? status, bool notFound)
    {
        var html = new StringBuilder();
        if (notFound)
            html.Append("<p class=\"summary\" id=\"status-error\" role=\"alert\">No feedback carries this token. Check it and try again: letters and digits count, dashes and spaces do not.</p>\n");
        if (status is not null)
            html.Append(Status(status));
        html.Append($"""
            <form class="entry" method="post" action="{Path}">
            <div class="field"><label for="token">Status token</label>
            <span class="hint" id="token-hint">The token you received when you sent your feedback, such as ABCD-EFGH-JKMN-PQRS-TVWX.</span>
            <input id="token" name="token" type="text" autocomplete="off" spellcheck="false" aria-describedby="token-hint" value="{E(token)}"></div>
            <p><button type="submit">Check the status</button></p>
            </form>
            """).Append('\n');
        return Layout.Page("Feedback status", "The status of your feedback", html.ToString());
    }

    private static string Status(FeedbackStatus s)
    {
        var html = new StringBuilder("<section aria-labelledby=\"status-h\">\n<h2 id=\"status-h\">Where your feedback stands</h2>\n<dl id=\"status\">\n")
            .Append($"<dt>Status</dt><dd id=\"status-value\">{E(s.Status)}</dd>\n")
            .Append($"<dt>Received on</dt><dd>{Time(s.ReceivedOn)}</dd>\n");
        if (s.Referred)
            html.Append("<dt>Referred</dt><dd>Passed to a service that can help with it.</dd>\n");
        html.Append($"<dt>Loop closed</dt><dd id=\"status-closed\">{(s.Closed ? "yes" : "not yet")}</dd>\n</dl>\n")
            .Append("<h3>You said, we did</h3>\n");
        if (s.Responses.Count == 0)
            return html.Append("<p id=\"responses\">No response yet.</p>\n</section>\n").ToString();
        html.Append("<ul id=\"responses\">\n");
        foreach (var r in s.Responses)
            html.Append($"<li>{Time(r.RespondedOn)} ({E(r.Scope)}): {E(r.Response)}{Link(r)}</li>\n");
        return html.Append("</ul>\n</section>\n").ToString();
    }

    private static string Link(PublicResponse r) => r.AnsweredBy switch
    {
        { TaskId: { } task, CycleStream: { } cycle } => $" <span class=\"muted\">(answered by task {E(task)} of the plan {E(cycle)})</span>",
        { OutcomeStream: { } outcome } => $" <span class=\"muted\">(answered by the decision {E(outcome)})</span>",
        _ => "",
    };
}
