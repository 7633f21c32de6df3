using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Observatory.Domain.EventStore;
using Observatory.Domain.Feedback;
using Observatory.Host.Access;
using Observatory.Host.Api;
using Observatory.Host.Dashboard.Forms;
using Observatory.Host.Localization;
using Observatory.Host.Log;
using Observatory.Host.Projections;
using Observatory.Projections.Feedback;

namespace Observatory.Host.Dashboard.Feedback;

/// <summary>
/// The network's side of the loop: <c>/networks/{network}/feedback</c> lists the cases a credential may answer,
/// <c>…/feedback/{stream}</c> shows one and takes its response ("you said, we did") and the closing of its loop. Both
/// posts go through the recorder, so a representative answers only feedback of their own partner.
/// </summary>
public static class FeedbackLoopEndpoints
{
    private const string HtmlType = "text/html; charset=utf-8";

    public static RouteGroupBuilder MapFeedbackLoop(this RouteGroupBuilder network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var loop = network.MapGroup("/feedback").ExcludeFromDescription();
        loop.MapGet("", ListAsync);
        loop.MapGet("/{stream}", ShowAsync);
        loop.MapPost("/{stream}/respond", (string network, string stream, HttpContext http, IEventStore store, ReadModelReader readModels, Recorder recorder,
            ProjectionDaemon daemon) => PostAsync(network, stream, FeedbackCasePage.Respond, http, store, readModels, recorder, daemon))
            .RequireAuthorization(AccessPolicies.Record);
        loop.MapPost("/{stream}/close", (string network, string stream, HttpContext http, IEventStore store, ReadModelReader readModels, Recorder recorder,
            ProjectionDaemon daemon) => PostAsync(network, stream, FeedbackCasePage.Close, http, store, readModels, recorder, daemon))
            .RequireAuthorization(AccessPolicies.Record);
        return network;
    }

    private static async Task<IResult> ListAsync(string network, HttpContext http, ReadModelReader readModels)
    {
        var state = await StateAsync(network, readModels, http.RequestAborted);
        return Results.Content(FeedbackCasePage.List(network, state, Own(http.User), http.Texts()), HtmlType);
    }

    private static async Task<IResult> ShowAsync(string network, string stream, HttpContext http, IEventStore store, ReadModelReader readModels)
    {
        var state = await StateAsync(network, readModels, http.RequestAborted);
        if (!state.Cases.TryGetValue(stream, out var record))
            return DashboardProblems.BadParameter("stream", "must be a feedback entry of this network");
        var text = await TextAsync(store, network, stream, record, http.User, http.RequestAborted);
        return Results.Content(FeedbackCasePage.Case(new(network, stream, record, text, CanAnswer(http.User, record), http.Request.Query["done"].ToString()),
            FormValues.Empty, [], FormGuard.Issue(http), http.Texts()), HtmlType, statusCode: record.Facts.Sensitive ? StatusCodes.Status403Forbidden : StatusCodes.Status200OK);
    }

    private static async Task<IResult> PostAsync(string network, string stream, FeedbackCasePage.Step step, HttpContext http, IEventStore store,
        ReadModelReader readModels, Recorder recorder, ProjectionDaemon daemon)
    {
        var back = $"{DashboardPage.Path(network)}/feedback/{Uri.EscapeDataString(stream)}";
        if (!http.Request.HasFormContentType || !await FormGuard.IsValidAsync(http))
            return FormGuard.Refused(back, http.Texts());
        var state = await StateAsync(network, readModels, http.RequestAborted);
        if (!state.Cases.TryGetValue(stream, out var record))
            return DashboardProblems.BadParameter("stream", "must be a feedback entry of this network");
        var values = FormValues.Of(await http.Request.ReadFormAsync(http.RequestAborted));
        var data = FormBody.Data(step.Fields, values);
        if (step.Slug == FeedbackCasePage.Respond.Slug && AnswerLink(values) is { } link)
            data["answeredBy"] = link;
        var (entry, errors) = await FormRecording.RecordAsync(recorder, http, network, stream, step.WireName, data, values, step.Fields, null, http.User);
        if (entry is null)
        {
            var text = await TextAsync(store, network, stream, record, http.User, http.RequestAborted);
            var page = FeedbackCasePage.Case(new(network, stream, record, text, CanAnswer(http.User, record), ""), values,
                [.. errors.Select(e => e with { Input = e.Input ?? FeedbackCasePage.InputOf(e.Message, step) })], FormGuard.Issue(http), http.Texts());
            return Results.Content(page, HtmlType, statusCode: errors[0].Status);
        }
        await FormRecording.WaitForReadModelsAsync(daemon, network, entry.Position, http.RequestAborted);
        return Results.Redirect($"{back}?done={step.Slug}", permanent: false);
    }

    /// <summary>"You said, we did" points at a decision, or at a task of a plan.</summary>
    private static JsonObject? AnswerLink(FormValues values)
    {
        var link = new JsonObject();
        foreach (var name in new[] { "cycleStream", "taskId", "outcomeStream" })
        {
            if (values[name] is { Length: > 0 } value)
                link[name] = value;
        }
        return link.Count == 0 ? null : link;
    }

    private static async Task<FeedbackState> StateAsync(string network, ReadModelReader readModels, CancellationToken cancellationToken)
    {
        return await FeedbackReadModel.ReadAsync(readModels, network, cancellationToken) ?? FeedbackState.Initial;
    }

    private static string? Own(ClaimsPrincipal user) =>
        user.FindFirst(AccessClaims.Role)?.Value == Roles.Representative ? user.FindFirst(AccessClaims.Partner)?.Value ?? "" : null;

    /// <summary>Who answers: the leader, or the representative of the partner whose territory the feedback came from.</summary>
    private static bool CanAnswer(ClaimsPrincipal user, CaseRecord record) =>
        !record.Facts.Sensitive && user.FindFirst(AccessClaims.Role)?.Value switch
        {
            Roles.Leader => true,
            Roles.Representative => user.FindFirst(AccessClaims.Partner)?.Value == record.Facts.PartnerId,
            _ => false,
        };

    /// <summary>The free text is read from the log, never from a read model, and only by someone who may answer it.</summary>
    private static async Task<string?> TextAsync(IEventStore store, string network, string stream, CaseRecord record, ClaimsPrincipal user,
        CancellationToken cancellationToken)
    {
        if (!CanAnswer(user, record))
            return null;
        string? text = null;
        await foreach (var stored in store.ReadStreamAsync(network, stream, 1, cancellationToken))
        {
            if (stored.ToRecorded().Event is MigrantFeedbackRecorded received)
                text = received.Text;
        }
        return text;
    }
}
