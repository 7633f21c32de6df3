using System.Text;
using static Observatory.Host.Dashboard.Html;

namespace Observatory.Host.Dashboard;

/// <summary>How evenly the partners carry the network in the period: counts per kind and each partner's share.</summary>
public static class ParticipationSection
{
    public static string Render(DashboardModel m)
    {
        var b = m.Participation;
        var html = new StringBuilder("<section aria-labelledby=\"participation-h\">\n<h2 id=\"participation-h\">Partner participation and balance</h2>\n");
        html.Append(Scroll(Table(m))).Append(Chart(m));
        html.Append(b.BelowThreshold.Count == 0
            ? "<p>Every partner holds at least 5% of the network's activities in the period.</p>\n"
            : $"<p id=\"below-share\">Below 5% of the network's activities in the period: {E(string.Join(", ", b.BelowThreshold.Select(m.PartnerName)))}.</p>\n");
        return html.Append("</section>\n").ToString();
    }

    private static string Table(DashboardModel m)
    {
        var html = new StringBuilder("<table id=\"participation\">\n<caption>Activities per partner in the period (meetings hosted and attended, practices shared, resources published)</caption>\n")
            .Append("<thead><tr><th scope=\"col\">Partner</th><th scope=\"col\">Country</th><th scope=\"col\" class=\"num\">Hosted</th><th scope=\"col\" class=\"num\">Attended</th><th scope=\"col\" class=\"num\">Shared</th><th scope=\"col\" class=\"num\">Published</th><th scope=\"col\" class=\"num\">Total</th><th scope=\"col\" class=\"num\">Share</th></tr></thead>\n<tbody>\n");
        foreach (var p in m.Participation.Partners)
            html.Append($"<tr><th scope=\"row\">{E(p.Name)}</th><td>{E(Country(p.Country))}</td><td class=\"num\">{N(p.Hosted)}</td><td class=\"num\">{N(p.Attended)}</td><td class=\"num\">{N(p.Shared)}</td><td class=\"num\">{N(p.Published)}</td><td class=\"num\">{N(p.Total)}</td><td class=\"num\">{Percent(p.Share)}</td></tr>\n");
        return html.Append($"</tbody>\n<tfoot><tr><th scope=\"row\">Network</th><td></td><td colspan=\"4\"></td><td class=\"num\">{N(m.Participation.Total)}</td><td class=\"num\">100%</td></tr></tfoot>\n</table>\n").ToString();
    }

    private static string Chart(DashboardModel m)
    {
        const double left = 300, width = 300, row = 24;
        var rows = m.Participation.Partners;
        var max = (double)rows.Select(r => r.Share).DefaultIfEmpty(0).Max();
        var scale = max <= 0 ? 0 : width / max;
        var height = row * rows.Count + 10;
        var svg = new StringBuilder($"<svg id=\"participation-chart\" viewBox=\"0 0 660 {F(height)}\" width=\"660\" height=\"{F(height)}\" role=\"img\" aria-labelledby=\"part-t part-d\">\n")
            .Append("<title id=\"part-t\">Each partner's share of the network's activities in the period</title>\n")
            .Append("<desc id=\"part-d\">One bar per partner, longest for the largest share. The table above gives the same numbers.</desc>\n");
        for (var i = 0; i < rows.Count; i++)
        {
            var y = 5 + i * row;
            var bar = (double)rows[i].Share * scale;
            svg.Append($"<g><title>{E(rows[i].Name)}: {Percent(rows[i].Share)}</title>")
                .Append($"<text x=\"{F(left - 8)}\" y=\"{F(y + 15)}\" text-anchor=\"end\" font-size=\"12\" fill=\"#1b1b1b\">{E(rows[i].Name)}</text>")
                .Append($"<rect x=\"{F(left)}\" y=\"{F(y + 3)}\" width=\"{F(Math.Max(bar, 1))}\" height=\"16\" fill=\"#0b4f8a\"/>")
                .Append($"<text x=\"{F(left + bar + 6)}\" y=\"{F(y + 15)}\" font-size=\"12\" fill=\"#1b1b1b\">{Percent(rows[i].Share)}</text></g>\n");
        }
        return svg.Append("</svg>\n").ToString();
    }
}
