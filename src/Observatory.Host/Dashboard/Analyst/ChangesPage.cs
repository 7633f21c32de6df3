using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Observatory.Domain.EventStore;
using Observatory.Domain.Recording;
using Observatory.Host.Api;
using Observatory.Host.Cli;
using Observatory.Host.Localization;
using Observatory.Projections;
using Observatory.Projections.Evaluations;
using Observatory.Projections.Replay;
using static Observatory.Host.Dashboard.Html;

namespace Observatory.Host.Dashboard.Analyst;

/// <summary>
/// <c>/networks/{network}/changes?from=…&amp;to=…</c>: the analyst's "what changed between two moments". Each moment is a
/// position, a recorded-at instant or a business date (the API's diff syntax); every projection's view is folded at both
/// and compared with <see cref="StateDiff"/>. Views, not raw states, are compared: they are what pages and exports show,
/// so the feedback summary stays suppressed here too.
/// </summary>
public static class ChangesPage
{
    private const string HtmlType = "text/html; charset=utf-8";
    private const int RowsPerView = 100;

    public static RouteGroupBuilder MapChangesPage(this RouteGroupBuilder network)
    {
        ArgumentNullException.ThrowIfNull(network);
        network.MapGet("/changes", ShowAsync).ExcludeFromDescription();
        return network;
    }

    private static async Task<IResult> ShowAsync(string network, string? from, string? to, string? projection, HttpContext http, IEventStore store, CancellationToken cancellationToken)
    {
        var t = http.Texts();
        var head = await store.ReadHeadAsync(network, cancellationToken);
        if (head == 0)
            return DashboardProblems.UnknownNetwork(network);
        var chosen = string.IsNullOrEmpty(projection) ? null : ProjectionCatalog.Find(projection);
        if (!string.IsNullOrEmpty(projection) && chosen is null)
            return Page(t, network, head, from, to, projection, ("projection", $"must be one of {string.Join(", ", ProjectionCatalog.All.Select(p => p.Name))}"), "");
        if (string.IsNullOrWhiteSpace(from))
            return Page(t, network, head, from, to, projection, null, "");
        var (first, fromRule) = Moments.Parse(from, head);
        if (first is null)
            return Page(t, network, head, from, to, projection, ("from", fromRule!), "");
        var (second, toRule) = Moments.Parse(string.IsNullOrWhiteSpace(to) ? "now" : to, head);
        if (second is null)
            return Page(t, network, head, from, to, projection, ("to", toRule!), "");

        var log = await ViewEndpoints.LoadAsync(store, network, cancellationToken);
        IReadOnlyList<IProjection> projections = chosen is null ? [.. ProjectionCatalog.All] : [chosen];
        var before = Views(projections, log, first);
        var after = Views(projections, log, second);
        var html = new StringBuilder($"<p id=\"changes-moments\">{t.Format("changes.between", $"<strong>{E(Moments.Describe(first))}</strong>", t.Number(before.Position), $"<strong>{E(Moments.Describe(second))}</strong>", t.Number(after.Position))}</p>\n");
        for (var i = 0; i < projections.Count; i++)
            html.Append(Section(projections[i].Name, StateDiff.Between(before.Views[i], after.Views[i]), t));
        return Page(t, network, head, from, to, projection, null, html.ToString());
    }

    private static (JsonNode[] Views, long Position) Views(IReadOnlyList<IProjection> projections, IReadOnlyList<RecordedEvent> log, AsOf asOf)
    {
        var selected = Replays.Select(log, asOf).ToList();
        var states = Replays.RunAll(projections, selected, AsOf.Now);
        var day = Moments.DayOf(asOf, selected);
        return ([.. projections.Select((p, i) => CanonicalJson.ToNode(ReplayViews.Of(p, states[i], day)))], selected.Count == 0 ? 0 : selected.Max(e => e.Position));
    }

    private static string Section(string name, IReadOnlyList<StateChange> changes, Texts t)
    {
        var html = new StringBuilder($"<section aria-labelledby=\"changes-{E(name)}-h\" data-projection=\"{E(name)}\">\n<h2 id=\"changes-{E(name)}-h\">{E(t.Term("changes.view.", name))}: {E(t.Plural("changes.count", changes.Count))}</h2>\n");
        if (changes.Count == 0)
            return html.Append($"<p>{E(t["changes.nothing"])}</p>\n</section>\n").ToString();
        var table = new StringBuilder($"<table id=\"changes-{E(name)}\">\n<caption>{E(t.Format("changes.caption", t.Term("changes.view.", name)))}</caption>\n<thead><tr><th scope=\"col\">{E(t["changes.where"])}</th><th scope=\"col\">{E(t["changes.change"])}</th><th scope=\"col\">{E(t["changes.before"])}</th><th scope=\"col\">{E(t["changes.after"])}</th></tr></thead>\n<tbody>\n");
        foreach (var c in changes.Take(RowsPerView))
            table.Append($"<tr data-kind=\"{E(c.Kind.ToString().ToLowerInvariant())}\"><td><code>{E(c.Path)}</code></td><td>{E(t.Term("changes.kind.", c.Kind.ToString().ToLowerInvariant()))}</td><td>{E(Cut(c.Before))}</td><td>{E(Cut(c.After))}</td></tr>\n");
        table.Append("</tbody>\n</table>\n");
        html.Append(Scroll(table.ToString()));
        if (changes.Count > RowsPerView)
            html.Append($"<p>{t.Format("changes.more", t.Number(changes.Count - RowsPerView), $"<code>/api/v1/networks/…/views/{E(name)}/diff</code>")}</p>\n");
        return html.Append("</section>\n").ToString();
    }

    private static string Cut(string? json) => json is null ? "—" : json.Length <= 160 ? json : json[..157] + "…";

    private static IResult Page(Texts t, string network, long head, string? from, string? to, string? projection, (string Input, string Rule)? error, string results)
    {
        string Field(string name, string label, string? value, string hint)
        {
            var bad = error?.Input == name;
            return $"<div class=\"field{(bad ? " invalid" : "")}\"><label for=\"{name}\">{label}</label><span class=\"hint\" id=\"{name}-hint\">{hint}</span>"
                   + (bad ? $"<span class=\"error\" id=\"{name}-error\"><span class=\"visually-hidden\">{E(t["forms.error"])} </span>{E(name)}: {E(error!.Value.Rule)}</span>" : "")
                   + $"<input id=\"{name}\" name=\"{name}\" type=\"text\" value=\"{E(value)}\" aria-describedby=\"{name}-hint{(bad ? $" {name}-error" : "")}\"{(bad ? " aria-invalid=\"true\"" : "")}></div>\n";
        }
        var options = string.Concat(ProjectionCatalog.All.Select(p => $"<option value=\"{E(p.Name)}\"{(p.Name == projection ? " selected" : "")}>{E(t.Term("changes.view.", p.Name))}</option>"));
        var form = $"<form class=\"entry\" method=\"get\" action=\"{E(DashboardPage.Path(network))}/changes\">\n"
            + Field("from", E(t["changes.from"]), from, E(t.Format("changes.from.hint", N(head))))
            + Field("to", E(t["changes.to"]), to, E(t["changes.to.hint"]))
            + $"<div class=\"field\"><label for=\"projection\">{E(t["changes.view"])}</label><select id=\"projection\" name=\"projection\"><option value=\"\">{E(t["changes.all-views"])}</option>{options}</select></div>\n"
            + $"<p><button type=\"submit\">{E(t["changes.compare"])}</button></p>\n</form>\n";
        var body = $"<nav aria-label=\"{E(t["forms.back"])}\"><p><a href=\"{E(DashboardPage.Path(network))}\">{E(t["forms.back-to-dashboard"])}</a></p></nav>\n"
            + (error is null ? "" : $"<div class=\"summary\" role=\"alert\" id=\"error-summary\"><p><a href=\"#{error.Value.Input}\">{E(error.Value.Input)}: {E(error.Value.Rule)}</a></p></div>\n")
            + form + results;
        return Results.Content(Layout.Page(t, (error is null ? "" : t["forms.error"] + " ") + t["dashboard.page.changes"], t["changes.heading"], body, t.Format("changes.subtitle", network)), HtmlType,
            statusCode: error is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }
}
