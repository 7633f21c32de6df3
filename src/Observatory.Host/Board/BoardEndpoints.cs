using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Observatory.Domain.EventStore;
using Observatory.Host.Access;
using Observatory.Host.Api;
using Observatory.Host.Dashboard;
using Observatory.Host.Dashboard.Forms;
using Observatory.Host.Localization;
using Observatory.Host.Projections;
using Observatory.Projections;
using Observatory.Projections.Board;

namespace Observatory.Host.Board;

/// <summary>
/// <c>/networks/{network}/board</c>: the activity board (read roles), its live push (<c>/board/live</c>, server-sent
/// events), and the post and reply forms (record roles; a representative posts only for their own partner). Accepted
/// forms redirect back to the board (post, redirect, get); refused ones show the board again with the field's message.
/// </summary>
public static class BoardEndpoints
{
    private const string HtmlType = "text/html; charset=utf-8";

    public static string Path(string network) => $"{DashboardPage.Path(network)}/board";

    public static RouteGroupBuilder MapBoard(this RouteGroupBuilder network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var board = network.MapGroup("/board").ExcludeFromDescription();
        board.MapGet("", ShowAsync);
        board.MapGet("/live", BoardLive.TailAsync);
        board.MapPost("/posts", PostAsync).RequireAuthorization(AccessPolicies.Record);
        board.MapPost("/posts/{stream}/replies", ReplyAsync).RequireAuthorization(AccessPolicies.Record);
        return network;
    }

    private static async Task<IResult> ShowAsync(string network, HttpContext http, IEventStore store, ReadModelReader readModels)
    {
        var t = http.Texts();
        var (screen, problem) = await LoadAsync(network, http, store, readModels, http.Request.Query);
        if (problem is not null)
            return problem;
        var notice = http.Request.Query["done"].ToString() switch
        {
            "post" => t["board.posted"],
            "reply" => t["board.replied"],
            _ => null,
        };
        return Results.Content(BoardPageHtml.Render(t, screen! with { Notice = notice }), HtmlType);
    }

    private static async Task<IResult> PostAsync(string network, HttpContext http, IEventStore store, ReadModelReader readModels, Recorder recorder,
        ProjectionDaemon daemon)
    {
        var t = http.Texts();
        if (!http.Request.HasFormContentType || !await FormGuard.IsValidAsync(http))
            return Expired(t, network);
        var (screen, problem) = await LoadAsync(network, http, store, readModels, QueryCollection.Empty);
        if (problem is not null)
            return problem;
        var context = screen!.Context;
        var values = FormValues.Of(await http.Request.ReadFormAsync(http.RequestAborted));
        values = values.With("stream", BoardForms.Post.StreamFrom(values["stream"]));
        if (context.IsRepresentative && context.OwnPartner is { } own)
            values = values.With("partnerId", own); // fixed, whatever was posted; the recorder would refuse another anyway
        var fields = BoardForms.PostFields(t, context);
        var (entry, errors) = await FormRecording.RecordAsync(recorder, http, network, values["stream"], BoardForms.Post.WireName,
            BoardForms.Data(fields, values), values, fields, FormRecording.EntryKey(network, values["entry"]), http.User);
        if (entry is null)
            return Results.Content(BoardPageHtml.Render(t, screen with { PostValues = values, PostErrors = errors }), HtmlType, statusCode: errors[0].Status);
        await FormRecording.WaitForReadModelsAsync(daemon, network, entry.Position, http.RequestAborted);
        return Results.Redirect($"{Path(network)}?done=post#{Uri.EscapeDataString(values["stream"])}", permanent: false);
    }

    private static async Task<IResult> ReplyAsync(string network, string stream, HttpContext http, IEventStore store, ReadModelReader readModels,
        Recorder recorder, ProjectionDaemon daemon)
    {
        var t = http.Texts();
        if (!http.Request.HasFormContentType || !await FormGuard.IsValidAsync(http))
            return Expired(t, network);
        var (screen, problem) = await LoadAsync(network, http, store, readModels, QueryCollection.Empty);
        if (problem is not null)
            return problem;
        if (!screen!.Board.Posts.Any(p => p.Stream == stream))
            return DashboardProblems.BadParameter("stream", "must be a post on the board");
        var context = screen.Context;
        var values = FormValues.Of(await http.Request.ReadFormAsync(http.RequestAborted));
        if (context.IsRepresentative && context.OwnPartner is { } own)
            values = values.With("partnerId", own);
        var fields = BoardForms.ReplyFields(t, context);
        var (entry, errors) = await FormRecording.RecordAsync(recorder, http, network, stream, BoardForms.ReplyWireName,
            BoardForms.Data(fields, values), values, fields, FormRecording.EntryKey(network, values["entry"]), http.User);
        if (entry is null)
            return Results.Content(BoardPageHtml.Render(t, screen with { FailedReplyStream = stream, ReplyValues = values, ReplyErrors = errors }),
                HtmlType, statusCode: errors[0].Status);
        await FormRecording.WaitForReadModelsAsync(daemon, network, entry.Position, http.RequestAborted);
        return Results.Redirect($"{Path(network)}?done=reply#{Uri.EscapeDataString(stream)}", permanent: false);
    }

    /// <summary>The board as the read model has it now, for the request's query; a problem for an unknown network or a bad parameter.</summary>
    internal static async Task<(BoardScreen? Screen, IResult? Problem)> LoadAsync(string network, HttpContext http, IEventStore store,
        ReadModelReader readModels, IQueryCollection query)
    {
        var head = await store.ReadHeadAsync(network, http.RequestAborted);
        if (head == 0)
            return (null, DashboardProblems.UnknownNetwork(network));
        var context = await FormContext.LoadAsync(network, http.User, readModels, http.RequestAborted);
        var today = DateOnly.FromDateTime(Clock(http).GetUtcNow().UtcDateTime);
        var (boardQuery, parameter, rule) = BoardRequest.Parse(query, today, context.Partners);
        if (boardQuery is null)
            return (null, DashboardProblems.BadParameter(parameter!, rule!));
        var state = await readModels.StateOrInitialAsync(network, BoardProjection.Instance, http.RequestAborted);
        var t = http.Texts();
        var guard = MayRecord(http) ? FormGuard.Issue(http) : null;
        return (new BoardScreen(network, BoardView.Build(state, boardQuery), boardQuery, context, guard, head, BoardPageHtml.FreshPost(t), []), null);
    }

    internal static bool MayRecord(HttpContext http) =>
        http.User.FindFirst(AccessClaims.Role)?.Value is { } role && AccessPolicies.RolesOf[AccessPolicies.Record].Contains(role, StringComparer.Ordinal);

    private static IResult Expired(Texts t, string network) =>
        Results.Content(Layout.Page(t, t["board.title"], t["board.title"],
                $"<p role=\"alert\">{Html.E(t["board.error.form-expired"])}</p>\n<p><a href=\"{Html.E(Path(network))}\">{Html.E(t["board.title"])}</a></p>\n"),
            HtmlType, statusCode: StatusCodes.Status400BadRequest);

    private static TimeProvider Clock(HttpContext http) => http.RequestServices.GetService<TimeProvider>() ?? TimeProvider.System;
}
