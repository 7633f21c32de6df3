using System.Text;
using Observatory.Projections.Indicators;
using static Observatory.Host.Dashboard.Html;
using FirstIndicators = Observatory.Domain.Evaluations.Indicators;

namespace Observatory.Host.Dashboard;

/// <summary>The report's three indicators for the period against their targets: a table, and a bar chart drawing the same numbers.</summary>
public static class IndicatorSection
{
    public static string Label(IndicatorResult r) => (r.Key, r.Measure) switch
    {
        (FirstIndicators.NetworkedMembers, "stock") => "Networked professionals, organisations and groups (active at the period's end)",
        (FirstIndicators.NetworkedMembers, _) => "Networked professionals, organisations and groups (newly networked in the period)",
        (FirstIndicators.ResourcesSharedOnline, _) => "Resources shared online (in the period)",
        (FirstIndicators.WorkingGroupsSetUp, _) => "Working groups set up (in the period)",
        _ => $"{Words(r.Key)} ({r.Measure})",
    };

    private static string Short(IndicatorResult r) => (r.Key, r.Measure) switch
    {
        (FirstIndicators.NetworkedMembers, "stock") => "Networked members",
        (FirstIndicators.NetworkedMembers, _) => "Newly networked",
        (FirstIndicators.ResourcesSharedOnline, _) => "Resources online",
        (FirstIndicators.WorkingGroupsSetUp, _) => "Working groups",
        _ => Words(r.Key),
    };

    public static string Render(DashboardModel m, string heading = "Indicators")
    {
        var results = m.Indicators.Indicators;
        var period = MomentSection.PeriodLabel(m);
        var html = new StringBuilder($"<section aria-labelledby=\"indicators-h\">\n<h2 id=\"indicators-h\">{E(heading)}</h2>\n");
        html.Append(Scroll(Table(results, period))).Append(Chart(results, period));
        if (results.All(r => r.Target is null))
            html.Append("<p class=\"muted\">No targets have been set for this period yet: a leader sets them when opening the evaluation cycle of the term.</p>\n");
        return html.Append("</section>\n").ToString();
    }

    private static string Table(IReadOnlyList<IndicatorResult> results, string period)
    {
        var html = new StringBuilder($"<table id=\"indicators\">\n<caption>Indicators for {E(period)}: value, target and attainment</caption>\n");
        html.Append("<thead><tr><th scope=\"col\">Indicator</th><th scope=\"col\" class=\"num\">Value</th><th scope=\"col\" class=\"num\">Target</th><th scope=\"col\" class=\"num\">Attainment</th></tr></thead>\n<tbody>\n");
        foreach (var r in results)
        {
            html.Append($"<tr data-indicator=\"{E(r.Key)}\" data-measure=\"{E(r.Measure)}\"><th scope=\"row\">{E(Label(r))}</th>")
                .Append($"<td class=\"num\">{N(r.Value)}</td><td class=\"num\">{(r.Target is { } t ? N(t) : "no target")}</td>")
                .Append($"<td class=\"num\">{(r.Attainment is { } a ? Percent(a) : "—")}</td></tr>\n");
        }
        return html.Append("</tbody>\n</table>\n").ToString();
    }

    /// <summary>Horizontal bars on a shared scale; a target is a dark tick, so attainment reads without colour.</summary>
    private static string Chart(IReadOnlyList<IndicatorResult> results, string period)
    {
        const double left = 150, width = 400, row = 34, top = 10;
        var max = (double)results.Select(r => Math.Max(r.Value, r.Target ?? 0)).DefaultIfEmpty(0).Max();
        var scale = max <= 0 ? 0 : width / (max * 1.15);
        var height = top * 2 + row * results.Count;
        var svg = new StringBuilder($"<svg id=\"indicators-chart\" viewBox=\"0 0 640 {F(height)}\" width=\"640\" height=\"{F(height)}\" role=\"img\" aria-labelledby=\"ind-t ind-d\">\n")
            .Append($"<title id=\"ind-t\">Indicators for {E(period)} against their targets</title>\n")
            .Append("<desc id=\"ind-d\">One bar per indicator; a dark tick marks its target. The table above gives the same numbers.</desc>\n");
        for (var i = 0; i < results.Count; i++)
        {
            var r = results[i];
            var y = top + i * row;
            var bar = (double)r.Value * scale;
            svg.Append($"<g><title>{E(Label(r))}: {N(r.Value)}{(r.Target is { } t0 ? $" of target {N(t0)}" : ", no target")}</title>")
                .Append($"<text x=\"{F(left - 8)}\" y=\"{F(y + 17)}\" text-anchor=\"end\" font-size=\"13\" fill=\"#1b1b1b\">{E(Short(r))}</text>")
                .Append($"<rect x=\"{F(left)}\" y=\"{F(y + 4)}\" width=\"{F(Math.Max(bar, 1))}\" height=\"18\" fill=\"#0b4f8a\"/>")
                .Append($"<text x=\"{F(left + bar + 6)}\" y=\"{F(y + 17)}\" font-size=\"13\" fill=\"#1b1b1b\">{N(r.Value)}{(r.Attainment is { } a ? $" ({Percent(a)} of target)" : "")}</text>");
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
