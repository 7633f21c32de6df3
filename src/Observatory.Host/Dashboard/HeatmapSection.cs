using System.Text;
using Observatory.Host.Localization;
using Observatory.Projections.Timeline;
using static Observatory.Host.Dashboard.Html;

namespace Observatory.Host.Dashboard;

/// <summary>
/// Cyclical sharing: partners × quarters, each cell the partner's hosting, attending, sharing, publishing and
/// communicating. An empty quarter is drawn as a dashed outline so that silences stand out, in print and without colour too.
/// </summary>
public static class HeatmapSection
{
    private const double Left = 300, Top = 40, Cell = 46, RowHeight = 30;

    public static string Render(DashboardModel m, Texts t)
    {
        var html = new StringBuilder($"<section aria-labelledby=\"timeline-h\">\n<h2 id=\"timeline-h\">{E(t["heatmap.heading"])}</h2>\n");
        if (m.Quarters.Count == 0)
            return html.Append($"<p>{E(t["heatmap.not-started"])}</p>\n</section>\n").ToString();
        html.Append(Svg(m, t)).Append(Silences(m, t))
            .Append($"<details open><summary>{E(t["heatmap.as-table"])}</summary>\n").Append(Scroll(Table(m, t))).Append("</details>\n");
        return html.Append("</section>\n").ToString();
    }

    public static (string Fill, string Ink) Shade(int total) => total switch
    {
        0 => ("#ffffff", "#4a4a4a"),
        1 => ("#deebf7", "#1b1b1b"),
        <= 3 => ("#9ecae1", "#1b1b1b"),
        <= 6 => ("#4a90c8", "#1b1b1b"),
        _ => ("#08519c", "#ffffff"),
    };

    private static string Svg(DashboardModel m, Texts t)
    {
        var partners = m.Partners.Values.ToList();
        var width = Left + Cell * m.Quarters.Count + 10;
        var height = Top + RowHeight * partners.Count + 10;
        var svg = new StringBuilder($"<svg id=\"heatmap\" viewBox=\"0 0 {F(width)} {F(height)}\" width=\"{F(width)}\" height=\"{F(height)}\" role=\"img\" aria-labelledby=\"heat-t heat-d\">\n")
            .Append($"<title id=\"heat-t\">{E(t["heatmap.chart.title"])}</title>\n")
            .Append($"<desc id=\"heat-d\">{E(t["heatmap.chart.desc"])}</desc>\n");
        for (var q = 0; q < m.Quarters.Count; q++)
            {
            // Year above quarter: "2021-Q3" in one line would not fit a cell.
            var x = F(Left + q * Cell + Cell / 2);
            svg.Append($"<text x=\"{x}\" y=\"16\" text-anchor=\"middle\" font-size=\"11\" fill=\"#1b1b1b\">{E(m.Quarters[q][..4])}</text>")
                .Append($"<text x=\"{x}\" y=\"32\" text-anchor=\"middle\" font-size=\"11\" fill=\"#1b1b1b\">{E(m.Quarters[q][5..])}</text>\n");
        }
        for (var p = 0; p < partners.Count; p++)
        {
            var y = Top + p * RowHeight;
            svg.Append($"<text x=\"{F(Left - 8)}\" y=\"{F(y + 18)}\" text-anchor=\"end\" font-size=\"12\" fill=\"#1b1b1b\">{E(partners[p].Name)}</text>\n");
            for (var q = 0; q < m.Quarters.Count; q++)
            {
                var counts = m.Timeline.For(partners[p].Id, m.Quarters[q]);
                var (fill, ink) = Shade(counts.Total);
                var x = Left + q * Cell;
                var dash = counts.Total == 0 ? " stroke-dasharray=\"3 3\"" : "";
                svg.Append($"<g><title>{E(partners[p].Name)}, {E(m.Quarters[q])}: {E(Describe(counts, t))}</title>")
                    .Append($"<rect x=\"{F(x + 2)}\" y=\"{F(y + 2)}\" width=\"{F(Cell - 4)}\" height=\"{F(RowHeight - 4)}\" fill=\"{fill}\" stroke=\"#8c8c8c\"{dash}/>");
                if (counts.Total > 0)
                    svg.Append($"<text x=\"{F(x + Cell / 2)}\" y=\"{F(y + 19)}\" text-anchor=\"middle\" font-size=\"12\" fill=\"{ink}\">{t.Number(counts.Total)}</text>");
                svg.Append("</g>\n");
            }
        }
        return svg.Append("</svg>\n").ToString();
    }

    public static string Describe(ActivityCounts c, Texts t) =>
        c.Total == 0 ? t["heatmap.no-activity"]
            : string.Join(", ", new[] { (c.Hosted, "hosted"), (c.Attended, "attended"), (c.Shared, "shared"), (c.Published, "published"), (c.Communicated, "communicated") }
                .Where(x => x.Item1 > 0).Select(x => t.Format("heatmap.count." + x.Item2, t.Number(x.Item1))));

    private static string Table(DashboardModel m, Texts t)
    {
        var html = new StringBuilder($"<table id=\"timeline\">\n<caption>{E(t["heatmap.table.caption"])}</caption>\n<thead><tr><th scope=\"col\">{E(t["common.partner"])}</th>");
        foreach (var q in m.Quarters)
            html.Append($"<th scope=\"col\" class=\"num\">{E(q)}</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var p in m.Partners.Values)
        {
            html.Append($"<tr><th scope=\"row\">{E(p.Name)}</th>");
            foreach (var q in m.Quarters)
            {
                var c = m.Timeline.For(p.Id, q);
                html.Append($"<td class=\"num\" title=\"{E(Describe(c, t))}\">{(c.Total == 0 ? "–" : t.Number(c.Total))}</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append($"</tbody>\n<tfoot><tr><th scope=\"row\">{E(t["common.network"])}</th>");
        foreach (var q in m.Quarters)
            html.Append($"<td class=\"num\">{t.Number(m.Timeline.Network(q).Total)}</td>");
        return html.Append("</tr></tfoot>\n</table>\n").ToString();
    }

    private static string Silences(DashboardModel m, Texts t)
    {
        var silent = m.Timeline.SilentPartners;
        var html = new StringBuilder(silent.Count == 0
            ? $"<p>{t.Format("heatmap.none-silent", Time(t, m.ViewDay))}</p>\n"
            : $"<p id=\"silent\">{t.Format("heatmap.silent", Time(t, m.ViewDay), E(string.Join(", ", silent.Select(m.PartnerName))))}</p>\n");
        html.Append($"<details><summary>{E(t["heatmap.silences.summary"])}</summary>\n<table id=\"silences\">\n<caption>{E(t["heatmap.silences.caption"])}</caption>\n")
            .Append($"<thead><tr><th scope=\"col\">{E(t["common.partner"])}</th><th scope=\"col\">{E(t["heatmap.silences.last-active"])}</th><th scope=\"col\" class=\"num\">{E(t["heatmap.silences.longest"])}</th><th scope=\"col\">{E(t["heatmap.silences.longest-from"])}</th><th scope=\"col\" class=\"num\">{E(t["heatmap.silences.current"])}</th></tr></thead>\n<tbody>\n");
        foreach (var s in m.Timeline.Silences)
            html.Append($"<tr><th scope=\"row\">{E(m.PartnerName(s.PartnerId))}</th><td>{E(s.LastActiveMonth ?? t["heatmap.silences.never"])}</td><td class=\"num\">{t.Number(s.LongestSilenceMonths)}</td><td>{E(s.LongestSilenceFrom ?? "")}</td><td class=\"num\">{t.Number(s.CurrentSilenceMonths)}</td></tr>\n");
        return html.Append("</tbody>\n</table>\n</details>\n").ToString();
    }
}
