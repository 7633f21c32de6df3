using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Observatory.Domain.EventStore;
using Observatory.Host.Localization;
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
        endpoints.MapGet(Path, (HttpContext http) => Results.Content(Page("", null, false, http.Texts()), HtmlType)).ExcludeFromDescription();
        // Reading a status changes nothing, so there is nothing to forge: no anti-forgery token is asked for.
        endpoints.MapPost(Path, LookUpAsync).ExcludeFromDescription().DisableAntiforgery();
        return endpoints;
    }

    private static async Task<IResult> LookUpAsync(HttpContext http, IEventStore store, ReadModelReader readModels)
    {
        var token = http.Request.HasFormContentType ? (await http.Request.ReadFormAsync(http.RequestAborted))["token"].ToString().Trim() : "";
        http.Response.Headers.CacheControl = "no-store";
        if (token.Length == 0)
            return Results.Content(Page("", null, true, http.Texts()), HtmlType, statusCode: StatusCodes.Status400BadRequest);
        // A token names no network; there are few per host, and each lookup is a dictionary probe in a read model.
        foreach (var network in await store.ListNetworksAsync(http.RequestAborted))
        {
            if (await FeedbackReadModel.ReadAsync(readModels, network, http.RequestAborted) is { } state && StatusLookup.Find(state, token) is { } status)
                return Results.Content(Page(token, status, false, http.Texts()), HtmlType);
        }
        return Results.Content(Page(token, null, true, http.Texts()), HtmlType, statusCode: StatusCodes.Status404NotFound);
    }

    private static string Page(string token, FeedbackStatus? status, bool notFound, Texts t)
    {
        var html = new StringBuilder();
        if (notFound)
            html.Append($"<p class=\"summary\" id=\"status-error\" role=\"alert\">{E(t["status.not-found"])}</p>\n");
        if (status is not null)
            html.Append(Status(status, t));
        html.Append($"""
            <form class="entry" method="post" action="{Path}">
            <div class="field"><label for="token">{E(t["status.token"])}</label>
            <span class="hint" id="token-hint">{E(t["status.token.hint"])}</span>
            <input id="token" name="token" type="text" autocomplete="off" spellcheck="false" aria-describedby="token-hint" value="{E(token)}"></div>
            <p><button type="submit">{E(t["status.check"])}</button></p>
            </form>
            """).Append('\n');
        return Layout.Page(t, t["status.title"], t["status.heading"], html.ToString());
    }

    private static string Status(FeedbackStatus s, Texts t)
    {
        var html = new StringBuilder($"<section aria-labelledby=\"status-h\">\n<h2 id=\"status-h\">{E(t["status.stands"])}</h2>\n<dl id=\"status\">\n")
            .Append($"<dt>{E(t["common.status"])}</dt><dd id=\"status-value\">{E(t.Term("term.case-status.", s.Status))}</dd>\n")
            .Append($"<dt>{E(t["status.received-on"])}</dt><dd>{Time(t, s.ReceivedOn)}</dd>\n");
        if (s.Referred)
            html.Append($"<dt>{E(t["status.referred"])}</dt><dd>{E(t["status.referred.text"])}</dd>\n");
        html.Append($"<dt>{E(t["status.closed"])}</dt><dd id=\"status-closed\">{E(s.Closed ? t["common.yes"] : t["status.not-yet"])}</dd>\n</dl>\n")
            .Append($"<h3>{E(t["status.you-said"])}</h3>\n");
        if (s.Responses.Count == 0)
            return html.Append($"<p id=\"responses\">{E(t["status.no-response"])}</p>\n</section>\n").ToString();
        html.Append("<ul id=\"responses\">\n");
        foreach (var r in s.Responses)
            html.Append($"<li>{Time(t, r.RespondedOn)} ({E(t.Term("term.scope.", r.Scope))}): {E(r.Response)}{Link(r, t)}</li>\n");
        return html.Append("</ul>\n</section>\n").ToString();
    }

    private static string Link(PublicResponse r, Texts t) => r.AnsweredBy switch
    {
        { TaskId: { } task, CycleStream: { } cycle } => $" <span class=\"muted\">{E(t.Format("status.by-task", task, cycle))}</span>",
        { OutcomeStream: { } outcome } => $" <span class=\"muted\">{E(t.Format("status.by-decision", outcome))}</span>",
        _ => "",
    };
}
