using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Observatory.Domain.EventStore;
using Observatory.Host.Localization;
using Observatory.Projections.Evaluations;
using Observatory.Projections.Replay;

namespace Observatory.Host.Api;

/// <summary>
/// A cycle's evaluation document, computed from the log up to a position (default: the head), as canonical JSON (the
/// hashed form <c>verify</c> checks), HTML or Markdown, chosen by <c>?format=</c> or else by the Accept header. An
/// evaluation is a function of the log up to a position, so it is folded from the log, not read from a read model.
/// </summary>
public static class EvaluationEndpoints
{
    public static RouteGroupBuilder MapEvaluations(this RouteGroupBuilder network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var group = network.MapGroup("/evaluations").WithTags("Evaluations");
        group.MapGet("/{cycle}", EvaluateAsync).WithName("read-evaluation")
            .WithDescription("cycle: a cycle stream (cycle-…), or 'latest' for the latest leadership term. ?at=<position>, ?format=json|html|md, ?lang=en|pl|de|sv|lt (html and md; else Accept-Language).")
            .Produces<string>(StatusCodes.Status200OK, "application/json", "text/html", "text/markdown");
        return group;
    }

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> EvaluateAsync(string network, string cycle, long? at, string? format,
        HttpContext http, IEventStore store, CancellationToken cancellationToken)
    {
        var chosen = Format(format, http.Request.Headers.Accept.ToString());
        if (chosen is null)
            return ApiProblems.Malformed("format", $"must be json, html or md, not '{format}'");
        var log = await ViewEndpoints.LoadAsync(store, network, cancellationToken);
        if (log.Count == 0)
            return ApiProblems.NotFound("network", $"'{network}' has no events");
        var head = log[^1].Position;
        var position = at ?? head;
        if (position < 1 || position > head)
            return ApiProblems.Malformed("at", $"must be a position from 1 to {head} (the head)");
        EvaluationDocument document;
        try
        {
            var selector = cycle == "latest" ? CycleSelector.Default : new CycleSelector.CycleStream(cycle);
            var selected = Replays.Select(log, new AsOf.AtPosition(position)).ToList();
            document = EvaluationBuilder.Build(network, selected, EvaluationCycles.Resolve(log, selector), position);
        }
        catch (EvaluationException e)
        {
            return ApiProblems.NotFound(e.Field == "cycle" ? "cycle" : e.Field, e.Rule);
        }
        var canonical = CanonicalJson.Serialize(document);
        http.Response.Headers.ETag = $"\"{CanonicalJson.Hash(canonical)}\"";
        http.Response.Headers["X-Log-Position"] = position.ToString(CultureInfo.InvariantCulture);
        if (chosen == "json")
            return TypedResults.Content(canonical, "application/json; charset=utf-8");
        // The reader's documents (?lang=, else the language cookie, else Accept-Language); the JSON and its hash have no language.
        var wording = EvaluationWordings.For(LanguageChoice.Choose(http));
        http.Response.Headers.ContentLanguage = wording.Language;
        http.Response.Headers.Vary = "Accept, Accept-Language, Cookie";
        return chosen == "html"
            ? TypedResults.Content(EvaluationReport.Html(document, wording), "text/html; charset=utf-8")
            : TypedResults.Content(EvaluationReport.Markdown(document, wording), "text/markdown; charset=utf-8");
    }

    private static string? Format(string? format, string accept) => format switch
    {
        "json" => "json",
        "html" => "html",
        "md" or "markdown" => "md",
        null when accept.Contains("text/html", StringComparison.OrdinalIgnoreCase) => "html",
        null when accept.Contains("text/markdown", StringComparison.OrdinalIgnoreCase) => "md",
        null => "json",
        _ => null,
    };
}
