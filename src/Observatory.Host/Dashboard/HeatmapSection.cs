using System.Text;
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

    public static string Render(DashboardModel m)
    {
        var html = new StringBuilder("<section aria-labelledby=\"timeline-h\">\n<h2 id=\"timeline-h\">Cyclical sharing per partner and quarter</h2>\n");
        if (m.Quarters.Count == 0)
            return html.Append("<p>The period has not started yet.</p>\n</section>\n").ToString();
        html.Append(Svg(m)).Append(Silences(m))
            .Append("<details open><summary>The same data as a table</summary>\n").Append(Scroll(Table(m))).Append("</details>\n");
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

    private static string Svg(DashboardModel m)
    {
        var partners = m.Partners.Values.ToList();
        var width = Left + Cell * m.Quarters.Count + 10;
        var height = Top + RowHeight * partners.Count + 10;
        var svg = new StringBuilder($"<svg id=\"heatmap\" viewBox=\"0 0 {F(width)} {F(height)}\" width=\"{F(width)}\" height=\"{F(height)}\" role=\"img\" aria-labelledby=\"heat-t heat-d\">\n")
            .Append("<title id=\"heat-t\">Activities per partner and quarter</title>\n")
            .Append("<desc id=\"heat-d\">Darker cells mean more activities; a dashed empty cell is a quarter without any. The table below gives the same numbers.</desc>\n");
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
                svg.Append($"<g><title>{E(partners[p].Name)}, {E(m.Quarters[q])}: {E(Describe(counts))}</title>")
                    .Append($"<rect x=\"{F(x + 2)}\" y=\"{F(y + 2)}\" width=\"{F(Cell - 4)}\" height=\"{F(RowHeight - 4)}\" fill=\"{fill}\" stroke=\"#8c8c8c\"{dash}/>");
                if (counts.Total > 0)
                    svg.Append($"<text x=\"{F(x + Cell / 2)}\" y=\"{F(y + 19)}\" text-anchor=\"middle\" font-size=\"12\" fill=\"{ink}\">{N(counts.Total)}</text>");
                svg.Append("</g>\n");
            }
        }
        return svg.Append("</svg>\n").ToString();
    }

    public static string Describe(ActivityCounts c) =>
        c.Total == 0 ? "no activity"
            : string.Join(", ", new[] { (c.Hosted, "hosted"), (c.Attended, "attended"), (c.Shared, "shared"), (c.Published, "published"), (c.Communicated, "communicated") }
                .Where(x => x.Item1 > 0).Select(x => $"{N(x.Item1)} {x.Item2}"));

    private static string Table(DashboardModel m)
    {
        var html = new StringBuilder("<table id=\"timeline\">\n<caption>Activities per partner and quarter (hosted, attended, practices shared, published, communicated)</caption>\n<thead><tr><th scope=\"col\">Partner</th>");
        foreach (var q in m.Quarters)
            html.Append($"<th scope=\"col\" class=\"num\">{E(q)}</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var p in m.Partners.Values)
        {
            html.Append($"<tr><th scope=\"row\">{E(p.Name)}</th>");
            foreach (var q in m.Quarters)
            {
                var c = m.Timeline.For(p.Id, q);
                html.Append($"<td class=\"num\" title=\"{E(Describe(c))}\">{(c.Total == 0 ? "–" : N(c.Total))}</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n<tfoot><tr><th scope=\"row\">Network</th>");
        foreach (var q in m.Quarters)
            html.Append($"<td class=\"num\">{N(m.Timeline.Network(q).Total)}</td>");
        return html.Append("</tr></tfoot>\n</table>\n").ToString();
    }

    private static string Silences(DashboardModel m)
    {
        var silent = m.Timeline.SilentPartners;
        var html = new StringBuilder(silent.Count == 0
            ? $"<p>No partner has been silent for more than 3 months at {Time(m.ViewDay)}.</p>\n"
            : $"<p id=\"silent\">Silent for more than 3 months at {Time(m.ViewDay)}: {E(string.Join(", ", silent.Select(m.PartnerName)))}.</p>\n");
        html.Append("<details><summary>Silences per partner</summary>\n<table id=\"silences\">\n<caption>Months without any activity, per partner</caption>\n")
            .Append("<thead><tr><th scope=\"col\">Partner</th><th scope=\"col\">Last active</th><th scope=\"col\" class=\"num\">Longest silence (months)</th><th scope=\"col\">Longest silence from</th><th scope=\"col\" class=\"num\">Current silence (months)</th></tr></thead>\n<tbody>\n");
        foreach (var s in m.Timeline.Silences)
            html.Append($"<tr><th scope=\"row\">{E(m.PartnerName(s.PartnerId))}</th><td>{E(s.LastActiveMonth ?? "never")}</td><td class=\"num\">{N(s.LongestSilenceMonths)}</td><td>{E(s.LongestSilenceFrom ?? "")}</td><td class=\"num\">{N(s.CurrentSilenceMonths)}</td></tr>\n");
        return html.Append("</tbody>\n</table>\n</details>\n").ToString();
    }
}
