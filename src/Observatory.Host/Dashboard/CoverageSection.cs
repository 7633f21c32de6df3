using System.Text;
using Observatory.Host.Localization;
using Observatory.Projections.Timeline;
using static Observatory.Host.Dashboard.Html;

namespace Observatory.Host.Dashboard;

/// <summary>The report's four thematic areas, each with what touched it; an untouched area is named, not left out.</summary>
public static class CoverageSection
{
    public static string Render(DashboardModel m, Texts t)
    {
        var totals = m.Timeline.Areas.Where(a => a.Period == "all").ToDictionary(a => a.Area, StringComparer.Ordinal);
        var areas = TimelineView.AllAreas.Union(totals.Keys, StringComparer.Ordinal).ToList();
        var html = new StringBuilder($"<section aria-labelledby=\"coverage-h\">\n<h2 id=\"coverage-h\">{E(t["coverage.heading"])}</h2>\n");
        var table = new StringBuilder($"<table id=\"coverage\">\n<caption>{E(t.Format("coverage.caption", t.Date(m.ViewDay)))}</caption>\n")
            .Append($"<thead><tr><th scope=\"col\">{E(t["coverage.area"])}</th><th scope=\"col\" class=\"num\">{E(t["coverage.practices"])}</th><th scope=\"col\" class=\"num\">{E(t["coverage.resources"])}</th><th scope=\"col\" class=\"num\">{E(t["coverage.posts"])}</th><th scope=\"col\">{E(t["coverage.covered"])}</th></tr></thead>\n<tbody>\n");
        foreach (var area in areas)
        {
            var a = totals.GetValueOrDefault(area);
            var (shared, published, posts) = (a?.Shared ?? 0, a?.Published ?? 0, a?.Communicated ?? 0);
            table.Append($"<tr data-area=\"{E(area)}\"><th scope=\"row\">{E(t.Term("term.area.", area))}</th><td class=\"num\">{t.Number(shared)}</td><td class=\"num\">{t.Number(published)}</td><td class=\"num\">{t.Number(posts)}</td><td>{E(shared + published + posts > 0 ? t["coverage.yes"] : t["coverage.not-covered"])}</td></tr>\n");
        }
        html.Append(Scroll(table.Append("</tbody>\n</table>\n").ToString()));
        html.Append(Chart(areas.Select(a => (a, totals.GetValueOrDefault(a) is { } x ? x.Shared + x.Published + x.Communicated : 0)).ToList(), t));
        return html.Append($"<p class=\"muted\">{E(t["coverage.note"])}</p>\n</section>\n").ToString();
    }

    private static string Chart(IReadOnlyList<(string Area, int Total)> rows, Texts t)
    {
        const double left = 230, width = 360, row = 26;
        var max = rows.Select(r => r.Total).DefaultIfEmpty(0).Max();
        var scale = max <= 0 ? 0 : width / max;
        var svg = new StringBuilder($"<svg id=\"coverage-chart\" viewBox=\"0 0 660 {F(row * rows.Count + 10)}\" width=\"660\" height=\"{F(row * rows.Count + 10)}\" role=\"img\" aria-labelledby=\"cov-t cov-d\">\n")
            .Append($"<title id=\"cov-t\">{E(t["coverage.chart.title"])}</title>\n<desc id=\"cov-d\">{E(t["coverage.chart.desc"])}</desc>\n");
        for (var i = 0; i < rows.Count; i++)
        {
            var y = 5 + i * row;
            var bar = rows[i].Total * scale;
            svg.Append($"<g><title>{E(t.Term("term.area.", rows[i].Area))}: {t.Number(rows[i].Total)}</title>")
                .Append($"<text x=\"{F(left - 8)}\" y=\"{F(y + 16)}\" text-anchor=\"end\" font-size=\"12\" fill=\"#1b1b1b\">{E(t.Term("term.area.", rows[i].Area))}</text>")
                .Append($"<rect x=\"{F(left)}\" y=\"{F(y + 3)}\" width=\"{F(Math.Max(bar, 1))}\" height=\"18\" fill=\"#0b4f8a\"/>")
                .Append($"<text x=\"{F(left + bar + 6)}\" y=\"{F(y + 16)}\" font-size=\"12\" fill=\"#1b1b1b\">{(rows[i].Total == 0 ? E(t["coverage.not-covered"]) : t.Number(rows[i].Total))}</text></g>\n");
        }
        return svg.Append("</svg>\n").ToString();
    }
}
