using System.Text;
using Observatory.Projections.Timeline;
using static Observatory.Host.Dashboard.Html;

namespace Observatory.Host.Dashboard;

/// <summary>The report's four thematic areas, each with what touched it; an untouched area is named, not left out.</summary>
public static class CoverageSection
{
    public static string Render(DashboardModel m)
    {
        var totals = m.Timeline.Areas.Where(a => a.Period == "all").ToDictionary(a => a.Area, StringComparer.Ordinal);
        var areas = TimelineView.AllAreas.Union(totals.Keys, StringComparer.Ordinal).ToList();
        var html = new StringBuilder("<section aria-labelledby=\"coverage-h\">\n<h2 id=\"coverage-h\">Thematic coverage</h2>\n");
        var table = new StringBuilder($"<table id=\"coverage\">\n<caption>Practices, resources and board posts per thematic area, up to {Day(m.ViewDay)}</caption>\n")
            .Append("<thead><tr><th scope=\"col\">Thematic area</th><th scope=\"col\" class=\"num\">Practices shared</th><th scope=\"col\" class=\"num\">Resources published</th><th scope=\"col\" class=\"num\">Board posts</th><th scope=\"col\">Covered</th></tr></thead>\n<tbody>\n");
        foreach (var area in areas)
        {
            var a = totals.GetValueOrDefault(area);
            var (shared, published, posts) = (a?.Shared ?? 0, a?.Published ?? 0, a?.Communicated ?? 0);
            table.Append($"<tr data-area=\"{E(area)}\"><th scope=\"row\">{E(Words(area))}</th><td class=\"num\">{N(shared)}</td><td class=\"num\">{N(published)}</td><td class=\"num\">{N(posts)}</td><td>{(shared + published + posts > 0 ? "yes" : "not covered")}</td></tr>\n");
        }
        html.Append(Scroll(table.Append("</tbody>\n</table>\n").ToString()));
        html.Append(Chart(areas.Select(a => (a, totals.GetValueOrDefault(a) is { } t ? t.Shared + t.Published + t.Communicated : 0)).ToList()));
        return html.Append("<p class=\"muted\">A practice or resource may belong to more than one area.</p>\n</section>\n").ToString();
    }

    private static string Chart(IReadOnlyList<(string Area, int Total)> rows)
    {
        const double left = 230, width = 360, row = 26;
        var max = rows.Select(r => r.Total).DefaultIfEmpty(0).Max();
        var scale = max <= 0 ? 0 : width / max;
        var svg = new StringBuilder($"<svg id=\"coverage-chart\" viewBox=\"0 0 660 {F(row * rows.Count + 10)}\" width=\"660\" height=\"{F(row * rows.Count + 10)}\" role=\"img\" aria-labelledby=\"cov-t cov-d\">\n")
            .Append("<title id=\"cov-t\">Entries per thematic area</title>\n<desc id=\"cov-d\">One bar per area: practices, resources and board posts together. The table above gives the numbers.</desc>\n");
        for (var i = 0; i < rows.Count; i++)
        {
            var y = 5 + i * row;
            var bar = rows[i].Total * scale;
            svg.Append($"<g><title>{E(Words(rows[i].Area))}: {N(rows[i].Total)}</title>")
                .Append($"<text x=\"{F(left - 8)}\" y=\"{F(y + 16)}\" text-anchor=\"end\" font-size=\"12\" fill=\"#1b1b1b\">{E(Words(rows[i].Area))}</text>")
                .Append($"<rect x=\"{F(left)}\" y=\"{F(y + 3)}\" width=\"{F(Math.Max(bar, 1))}\" height=\"18\" fill=\"#0b4f8a\"/>")
                .Append($"<text x=\"{F(left + bar + 6)}\" y=\"{F(y + 16)}\" font-size=\"12\" fill=\"#1b1b1b\">{(rows[i].Total == 0 ? "not covered" : N(rows[i].Total))}</text></g>\n");
        }
        return svg.Append("</svg>\n").ToString();
    }
}
