using System.Text;
using Observatory.Host.Localization;
using Observatory.Projections.Indicators;
using Observatory.Projections.Periods;
using static Observatory.Host.Dashboard.Html;
using FirstIndicators = Observatory.Domain.Evaluations.Indicators;

namespace Observatory.Host.Dashboard;

/// <summary>One evaluation cycle (or, before any cycle set targets, one leadership term) with the report's three indicators over it.</summary>
public sealed record TrendRow(string Label, Period Period, IReadOnlyList<IndicatorResult> Results);

/// <summary>
/// Whether the network improves term over term: the report's three indicators per evaluation cycle, value against
/// target with attainment, as a table and as three small bar charts (no script) drawing the same numbers. A cycle is
/// known by the span its targets were set for (the indicator read model holds targets, not the cycle events); a
/// leadership term no cycle's targets cover is shown too, without target, so a network that never set targets still
/// sees its trend. Cycles that have not started by the page's day are left out.
/// </summary>
public static class TrendSection
{
    public static readonly IReadOnlyList<(string Key, string Measure)> Shown =
        [(FirstIndicators.NetworkedMembers, "stock"), (FirstIndicators.ResourcesSharedOnline, "flow"), (FirstIndicators.WorkingGroupsSetUp, "flow")];

    public static IReadOnlyList<TrendRow> Rows(DashboardModel m, Texts t)
    {
        ArgumentNullException.ThrowIfNull(m);
        ArgumentNullException.ThrowIfNull(t);
        var state = m.Data.Indicators;
        var cycles = state.Targets.Values.Select(x => (x.Fact.StartsOn, x.Fact.EndsOn)).Distinct()
            .Select(s => (s.StartsOn, s.EndsOn, Label: t.Format("trend.cycle", t.Date(s.StartsOn), t.Date(s.EndsOn))));
        var terms = m.Terms.Where(term => !state.Targets.Values.Any(x => x.Fact.StartsOn == term.From && x.Fact.EndsOn == term.To))
            .Select(term => (StartsOn: term.From, EndsOn: term.To, Label: t.Format("trend.term", t.Number(term.Number), m.PartnerName(term.PartnerId))));
        return [.. cycles.Concat(terms)
            .Where(c => c.StartsOn <= m.Moment.Today)
            .OrderBy(c => c.StartsOn).ThenBy(c => c.EndsOn)
            .Select(c =>
            {
                var period = new Period(c.StartsOn, c.EndsOn, c.Label);
                var all = IndicatorsView.Build(state, period);
                return new TrendRow(c.Label, period, [.. Shown.Select(s => all.Get(s.Key, s.Measure))]);
            })];
    }

    public static string Render(DashboardModel m, Texts t)
    {
        var rows = Rows(m, t);
        var html = new StringBuilder("<section aria-labelledby=\"trend-h\">\n<h2 id=\"trend-h\">").Append(E(t["trend.heading"])).Append("</h2>\n");
        if (rows.Count == 0)
            return html.Append("<p id=\"trend-none\">").Append(E(t["trend.none"])).Append("</p>\n</section>\n").ToString();
        html.Append("<p>").Append(E(t["trend.intro"])).Append("</p>\n")
            .Append(Scroll(Table(rows, t))).Append(Chart(rows, t));
        if (rows.All(r => r.Results.All(x => x.Target is null)))
            html.Append("<p class=\"muted\">").Append(E(t["trend.no-targets"])).Append("</p>\n");
        return html.Append("</section>\n").ToString();
    }

    private static string Table(IReadOnlyList<TrendRow> rows, Texts t)
    {
        var html = new StringBuilder("<table id=\"trend\">\n<caption>").Append(E(t["trend.caption"])).Append("</caption>\n<thead>\n<tr><td></td>");
        foreach (var (key, _) in Shown)
            html.Append($"<th scope=\"colgroup\" colspan=\"3\">{E(t["trend.indicator." + key])}</th>");
        html.Append("</tr>\n<tr><th scope=\"col\">").Append(E(t["trend.col.cycle"])).Append("</th>");
        foreach (var _ in Shown)
            html.Append($"<th scope=\"col\" class=\"num\">{E(t["trend.col.value"])}</th><th scope=\"col\" class=\"num\">{E(t["trend.col.target"])}</th><th scope=\"col\" class=\"num\">{E(t["trend.col.attainment"])}</th>");
        html.Append("</tr>\n</thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            html.Append($"<tr data-from=\"{Day(row.Period.From)}\" data-to=\"{Day(row.Period.To)}\"><th scope=\"row\">{E(row.Label)}</th>");
            foreach (var r in row.Results)
            {
                html.Append($"<td class=\"num\" data-indicator=\"{E(r.Key)}\">{E(t.Number(r.Value))}</td>")
                    .Append($"<td class=\"num\">{E(r.Target is { } target ? t.Number(target) : t["trend.no-target"])}</td>")
                    .Append($"<td class=\"num\">{E(r.Attainment is { } a ? t.Percent(a) : "—")}</td>");
            }
            html.Append("</tr>\n");
        }
        return html.Append("</tbody>\n</table>\n").ToString();
    }

    /// <summary>One panel per indicator, each on its own scale; a bar per cycle in table order, a dark tick at its target.</summary>
    private static string Chart(IReadOnlyList<TrendRow> rows, Texts t)
    {
        const double panel = 210, top = 28, plot = 120, bottom = 24;
        var height = top + plot + bottom;
        var slot = (panel - 30) / rows.Count;
        var svg = new StringBuilder($"<svg id=\"trend-chart\" viewBox=\"0 0 {F(panel * Shown.Count)} {F(height)}\" width=\"{F(panel * Shown.Count)}\" height=\"{F(height)}\" role=\"img\" aria-labelledby=\"trend-t trend-d\">\n")
            .Append("<title id=\"trend-t\">").Append(E(t["trend.chart.title"])).Append("</title>\n")
            .Append("<desc id=\"trend-d\">").Append(E(t.Format("trend.chart.desc", t.Number(rows.Count)))).Append("</desc>\n");
        for (var i = 0; i < Shown.Count; i++)
        {
            var x0 = i * panel + 20;
            var max = (double)rows.Select(r => Math.Max(r.Results[i].Value, r.Results[i].Target ?? 0)).DefaultIfEmpty(0).Max();
            var scale = max <= 0 ? 0 : plot / (max * 1.1);
            svg.Append($"<g><text x=\"{F(x0)}\" y=\"16\" font-size=\"13\" fill=\"#1b1b1b\">{E(t["trend.indicator." + Shown[i].Key])}</text>")
                .Append($"<line x1=\"{F(x0)}\" x2=\"{F(x0 + panel - 30)}\" y1=\"{F(top + plot)}\" y2=\"{F(top + plot)}\" stroke=\"#1b1b1b\"/>\n");
            for (var c = 0; c < rows.Count; c++)
            {
                var r = rows[c].Results[i];
                var bar = (double)r.Value * scale;
                var x = x0 + c * slot + slot * 0.15;
                svg.Append($"<g><title>{E(rows[c].Label)}: {E(t.Number(r.Value))}{E(r.Target is { } target ? " / " + t.Number(target) : "")}</title>")
                    .Append($"<rect x=\"{F(x)}\" y=\"{F(top + plot - Math.Max(bar, 1))}\" width=\"{F(slot * 0.7)}\" height=\"{F(Math.Max(bar, 1))}\" fill=\"#0b4f8a\"/>");
                if (r.Target is { } goal)
                {
                    var y = top + plot - (double)goal * scale;
                    svg.Append($"<line x1=\"{F(x - 3)}\" x2=\"{F(x + slot * 0.7 + 3)}\" y1=\"{F(y)}\" y2=\"{F(y)}\" stroke=\"#8a3b00\" stroke-width=\"3\"/>");
                }
                svg.Append($"<text x=\"{F(x + slot * 0.35)}\" y=\"{F(top + plot + 16)}\" text-anchor=\"middle\" font-size=\"12\" fill=\"#1b1b1b\">{E(t.Number(c + 1))}</text></g>\n");
            }
            svg.Append("</g>\n");
        }
        return svg.Append("</svg>\n").ToString();
    }
}
