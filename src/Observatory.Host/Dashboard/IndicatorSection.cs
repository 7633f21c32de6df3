using System.Text;
using Observatory.Host.Localization;
using Observatory.Projections.Indicators;
using static Observatory.Host.Dashboard.Html;
using FirstIndicators = Observatory.Domain.Evaluations.Indicators;

namespace Observatory.Host.Dashboard;

/// <summary>The report's three indicators for the period against their targets: a table, and a bar chart drawing the same numbers.</summary>
public static class IndicatorSection
{
    public static string Label(IndicatorResult r, Texts t) => (r.Key, r.Measure) switch
    {
        (FirstIndicators.NetworkedMembers, "stock") => t["indicator.networked-members.stock"],
        (FirstIndicators.NetworkedMembers, _) => t["indicator.networked-members.new"],
        (FirstIndicators.ResourcesSharedOnline, _) => t["indicator.resources-shared-online"],
        (FirstIndicators.WorkingGroupsSetUp, _) => t["indicator.working-groups-set-up"],
        _ => $"{Words(r.Key)} ({t.Term("indicator.measure.", r.Measure)})",
    };

    private static string Short(IndicatorResult r, Texts t) => (r.Key, r.Measure) switch
    {
        (FirstIndicators.NetworkedMembers, "stock") => t["indicator.short.networked-members"],
        (FirstIndicators.NetworkedMembers, _) => t["indicator.short.newly-networked"],
        (FirstIndicators.ResourcesSharedOnline, _) => t["indicator.short.resources-online"],
        (FirstIndicators.WorkingGroupsSetUp, _) => t["indicator.short.working-groups"],
        _ => Words(r.Key),
    };

    public static string Render(DashboardModel m, Texts t, string? heading = null)
    {
        var results = m.Indicators.Indicators;
        var period = MomentSection.PeriodLabel(m, t);
        var html = new StringBuilder($"<section aria-labelledby=\"indicators-h\">\n<h2 id=\"indicators-h\">{E(heading ?? t["indicator.heading"])}</h2>\n");
        html.Append(Scroll(Table(results, period, t))).Append(Chart(results, period, t));
        if (results.All(r => r.Target is null))
            html.Append($"<p class=\"muted\">{E(t["indicator.no-targets"])}</p>\n");
        return html.Append("</section>\n").ToString();
    }

    private static string Table(IReadOnlyList<IndicatorResult> results, string period, Texts t)
    {
        var html = new StringBuilder($"<table id=\"indicators\">\n<caption>{E(t.Format("indicator.caption", period))}</caption>\n");
        html.Append($"<thead><tr><th scope=\"col\">{E(t["common.indicator"])}</th><th scope=\"col\" class=\"num\">{E(t["common.value"])}</th><th scope=\"col\" class=\"num\">{E(t["common.target"])}</th><th scope=\"col\" class=\"num\">{E(t["common.attainment"])}</th></tr></thead>\n<tbody>\n");
        foreach (var r in results)
        {
            html.Append($"<tr data-indicator=\"{E(r.Key)}\" data-measure=\"{E(r.Measure)}\"><th scope=\"row\">{E(Label(r, t))}</th>")
                .Append($"<td class=\"num\">{E(t.Number(r.Value))}</td><td class=\"num\">{(r.Target is { } target ? E(t.Number(target)) : E(t["indicator.no-target"]))}</td>")
                .Append($"<td class=\"num\">{(r.Attainment is { } a ? E(t.Percent(a)) : "—")}</td></tr>\n");
        }
        return html.Append("</tbody>\n</table>\n").ToString();
    }

    /// <summary>Horizontal bars on a shared scale; a target is a dark tick, so attainment reads without colour.</summary>
    private static string Chart(IReadOnlyList<IndicatorResult> results, string period, Texts t)
    {
        const double left = 150, width = 400, row = 34, top = 10;
        var max = (double)results.Select(r => Math.Max(r.Value, r.Target ?? 0)).DefaultIfEmpty(0).Max();
        var scale = max <= 0 ? 0 : width / (max * 1.15);
        var height = top * 2 + row * results.Count;
        var svg = new StringBuilder($"<svg id=\"indicators-chart\" viewBox=\"0 0 640 {F(height)}\" width=\"640\" height=\"{F(height)}\" role=\"img\" aria-labelledby=\"ind-t ind-d\">\n")
            .Append($"<title id=\"ind-t\">{E(t.Format("indicator.chart.title", period))}</title>\n")
            .Append($"<desc id=\"ind-d\">{E(t["indicator.chart.desc"])}</desc>\n");
        for (var i = 0; i < results.Count; i++)
        {
            var r = results[i];
            var y = top + i * row;
            var bar = (double)r.Value * scale;
            var value = t.Number(r.Value);
            svg.Append($"<g><title>{E(r.Target is { } t0 ? t.Format("indicator.chart.of-target", Label(r, t), value, t.Number(t0)) : t.Format("indicator.chart.no-target", Label(r, t), value))}</title>")
                .Append($"<text x=\"{F(left - 8)}\" y=\"{F(y + 17)}\" text-anchor=\"end\" font-size=\"13\" fill=\"#1b1b1b\">{E(Short(r, t))}</text>")
                .Append($"<rect x=\"{F(left)}\" y=\"{F(y + 4)}\" width=\"{F(Math.Max(bar, 1))}\" height=\"18\" fill=\"#0b4f8a\"/>")
                .Append($"<text x=\"{F(left + bar + 6)}\" y=\"{F(y + 17)}\" font-size=\"13\" fill=\"#1b1b1b\">{E(r.Attainment is { } a ? t.Format("indicator.chart.attained", value, t.Percent(a)) : value)}</text>");
            if (r.Target is { } target)
            {
                var x = left + (double)target * scale;
                svg.Append($"<line x1=\"{F(x)}\" x2=\"{F(x)}\" y1=\"{F(y)}\" y2=\"{F(y + 26)}\" stroke=\"#8a3b00\" stroke-width=\"3\"/>");
            }
            svg.Append("</g>\n");
        }
        return svg.Append("</svg>\n").ToString();
    }
}
