using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Observatory.Domain.Evaluations;
using Observatory.Domain.EventStore;
using Observatory.Domain.Recording;
using Observatory.Host.Api;
using Observatory.Host.Localization;
using Observatory.Projections.Evaluations;
using Observatory.Projections.Indicators;
using Observatory.Projections.Replay;
using static Observatory.Host.Dashboard.Html;

namespace Observatory.Host.Dashboard.Evaluations;

/// <summary>
/// <c>/networks/{network}/evaluations</c>: every term and cycle, with the evaluations published for it, and
/// <c>…/evaluations/{cycle}</c>: the evaluation computed from the log up to a position (the head unless <c>?at=</c>),
/// with the handover view once the next term has begun. Folded from the log, as the API and the evaluate verb do.
/// </summary>
public static class EvaluationPages
{
    private const string HtmlType = "text/html; charset=utf-8";

    private sealed record Published(string Stream, long Position, long UpToPosition, string Hash, DateOnly On);

    public static RouteGroupBuilder MapEvaluationPages(this RouteGroupBuilder network)
    {
        ArgumentNullException.ThrowIfNull(network);
        network.MapGet("/evaluations", ListAsync).ExcludeFromDescription();
        network.MapGet("/evaluations/{cycle}", ShowAsync).ExcludeFromDescription();
        return network;
    }

    private static async Task<IResult> ListAsync(string network, HttpContext http, IEventStore store, CancellationToken cancellationToken)
    {
        var log = await ViewEndpoints.LoadAsync(store, network, cancellationToken);
        if (log.Count == 0)
            return DashboardProblems.UnknownNetwork(network);
        var terms = IndicatorsView.Terms(Replays.Run(IndicatorsProjection.Instance, log, AsOf.Now));
        var cycles = EvaluationCycles.All(terms, CycleFacts.Of(log).Cycles);
        var published = PublishedIn(log);
        var t = http.Texts();
        var wording = EvaluationWordings.For(t);
        var html = new StringBuilder(Back(network, t))
            .Append($"<p>{E(t["evaluations.intro"])}</p>\n")
            .Append($"<table id=\"cycles\">\n<caption>{E(t["evaluations.caption"])}</caption>\n<thead><tr><th scope=\"col\">{E(t["evaluations.cycle"])}</th><th scope=\"col\">{E(t["evaluations.from"])}</th><th scope=\"col\">{E(t["evaluations.to"])}</th><th scope=\"col\">{E(t["evaluations.leader"])}</th><th scope=\"col\">{E(t["evaluations.published"])}</th></tr></thead>\n<tbody>\n");
        foreach (var cycle in cycles)
        {
            var leader = terms.FirstOrDefault(x => x.From == cycle.From)?.PartnerId ?? "—";
            var mine = published.Where(p => p.Stream == cycle.Stream).ToList();
            html.Append($"<tr data-cycle=\"{E(cycle.Stream)}\"><th scope=\"row\"><a href=\"{E(CyclePath(network, cycle.Stream))}\">{E(cycle.Stream)}</a></th>")
                .Append($"<td>{Time(t, cycle.From)}</td><td>{Time(t, cycle.To)}</td><td>{E(leader)}</td><td>")
                .Append(mine.Count == 0 ? E(t["recommendations.none-yet"]) : string.Join("<br>", mine.Select(p =>
                    $"{Time(t, p.On)}: " + t.Format("evaluations.up-to", $"<a href=\"{E(CyclePath(network, cycle.Stream))}?at={N(p.UpToPosition)}\">{E(t.Format("evaluations.position", t.Number(p.UpToPosition)))}</a>") + $", sha256 <code>{E(p.Hash[..Math.Min(12, p.Hash.Length)])}…</code>")))
                .Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
        return Results.Content(Layout.Page(t, t["dashboard.page.evaluations"], t["dashboard.page.evaluations"], html.ToString(), t.Format("evaluations.subtitle", network)), HtmlType);
    }

    private static async Task<IResult> ShowAsync(string network, string cycle, long? at, HttpContext http, IEventStore store, CancellationToken cancellationToken)
    {
        var log = await ViewEndpoints.LoadAsync(store, network, cancellationToken);
        if (log.Count == 0)
            return DashboardProblems.UnknownNetwork(network);
        var head = log[^1].Position;
        var position = at ?? head;
        if (position < 1 || position > head)
            return DashboardProblems.BadParameter("at", $"must be a position from 1 to {head} (the head)");
        EvaluationDocument document;
        try
        {
            var selected = Replays.Select(log, new AsOf.AtPosition(position)).ToList();
            document = EvaluationBuilder.Build(network, selected, EvaluationCycles.Resolve(log, new CycleSelector.CycleStream(cycle)), position);
        }
        catch (EvaluationException e)
        {
            return DashboardProblems.BadParameter(e.Field, e.Rule);
        }
        var hash = CanonicalJson.Hash(CanonicalJson.Serialize(document));
        var api = $"/api/v1/networks/{Uri.EscapeDataString(network)}/evaluations/{Uri.EscapeDataString(cycle)}?at={N(position)}";
        var t = http.Texts();
        var wording = EvaluationWordings.For(t);
        var html = new StringBuilder(Back(network, t))
            .Append($"<p class=\"moment\" id=\"evaluation-moment\">{E(t.Format("evaluations.computed", t.Number(position), t.Number(head)))} sha256 <code>{E(hash)}</code>. ")
            .Append(t.Format("evaluations.same-document", $"<a href=\"{E(api)}&amp;format=json\">JSON</a>", $"<a href=\"{E(api)}&amp;format=md\">Markdown</a>")).Append("</p>\n")
            .Append("<article id=\"evaluation\">\n").Append(EvaluationBody.Of(EvaluationReport.Html(document, wording))).Append("</article>\n")
            .Append($"<section id=\"handover\" aria-label=\"{E(t["evaluations.handover"])}\">\n");
        try
        {
            var handover = Handover.Build(document, log);
            html.Append(EvaluationBody.Of(Handover.Html(handover, wording)));
        }
        catch (EvaluationException)
        {
            html.Append($"<h2>{E(t["evaluations.handover"])}</h2>\n<p>{E(t["evaluations.no-handover"])}</p>\n");
        }
        html.Append("</section>\n");
        return Results.Content(Layout.Page(t, EvaluationReport.Title(document, wording), EvaluationReport.Title(document, wording), html.ToString(), network), HtmlType);
    }

    private static List<Published> PublishedIn(IReadOnlyList<RecordedEvent> log) =>
        [.. log.Where(e => e.Event is EvaluationPublished).Select(e =>
        {
            var p = (EvaluationPublished)e.Event;
            return new Published(e.Stream, e.Position, p.UpToPosition, p.ContentHash, p.PublishedOn);
        })];

    private static string CyclePath(string network, string cycle) => $"{DashboardPage.Path(network)}/evaluations/{Uri.EscapeDataString(cycle)}";

    private static string Back(string network, Texts t) =>
        $"<nav aria-label=\"{E(t["forms.back"])}\"><p><a href=\"{E(DashboardPage.Path(network))}\">{E(t["forms.back-to-dashboard"])}</a> · <a href=\"{E(DashboardPage.Path(network))}/evaluations\">{E(t["evaluations.all"])}</a></p></nav>\n";
}
