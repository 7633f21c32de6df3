using System.Text;
using Observatory.Host.Localization;
using Observatory.Projections.Timeline;
using static Observatory.Host.Dashboard.Html;

namespace Observatory.Host.Dashboard;

/// <summary>
/// The page for the public (recommendation 9: results "feelable and visible to society"): aggregates only. It never shows
/// representatives' positions, per-partner counts of feedback, any feedback count below 5, follow-up notes or free text
/// from feedback; the model it reads from holds no positions and no feedback text in the first place.
/// </summary>
public static class PublicPage
{
    public static string Path(string network) => $"/public/{Uri.EscapeDataString(network)}";

    public static string Render(DashboardModel m, Texts t)
    {
        var body = new StringBuilder()
            .Append("<p class=\"moment\" id=\"moment\">")
            .Append(t.Format("public.figures", $"<strong id=\"period\">{E(MomentSection.PeriodLabel(m, t))}</strong>", Time(t, m.Period.From), Time(t, m.Period.To), t.Number(m.Moment.Position)))
            .Append("</p>\n")
            .Append($"<section aria-labelledby=\"glance-h\">\n<h2 id=\"glance-h\">{E(t["public.glance"])}</h2>\n").Append(OverviewSection.Tiles(m, t, withMembers: false))
            .Append(Partners(m, t)).Append("</section>\n")
            .Append(IndicatorSection.Render(m, t, t["public.indicators"]))
            .Append(Quarters(m, t))
            .Append(CoverageSection.Render(m, t))
            .Append(RecommendationsSection.Render(m, t, withFollowUps: false))
            .Append(FeedbackSection.Render(m, t, dimensions: []))
            // The way in for the people the network serves: no key needed, nothing personal asked for.
            .Append($"<p id=\"give-feedback\"><a href=\"{E(Feedback.PublicFeedbackForm.Path(m.Data.Network))}\">{E(t["public.give-feedback"])}</a> · ")
            .Append($"<a href=\"{E(Feedback.StatusPage.Path)}\">{E(t["public.check-status"])}</a></p>\n");
        return Layout.Page(t, t.Format("public.title", m.Title), m.Title, body.ToString(), t["public.subtitle"]);
    }

    private static string Partners(DashboardModel m, Texts t) =>
        "<p id=\"partner-list\">" + E(t.Format("public.partners", string.Join("; ", m.Partners.Values.GroupBy(p => Country(t, p.Country.ToString()))
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(p => p.Name))}")))) + "</p>\n";

    /// <summary>Network totals per quarter, never per partner: the public sees the network's rhythm, not a ranking.</summary>
    private static string Quarters(DashboardModel m, Texts t)
    {
        var html = new StringBuilder($"<section aria-labelledby=\"quarters-h\">\n<h2 id=\"quarters-h\">{E(t["public.quarters.heading"])}</h2>\n");
        var rows = m.Quarters.Select(q => (Quarter: q, Counts: m.Timeline.Network(q))).ToList();
        var table = new StringBuilder($"<table id=\"quarters\">\n<caption>{E(t["public.quarters.caption"])}</caption>\n<thead><tr><th scope=\"col\">{E(t["public.quarters.quarter"])}</th><th scope=\"col\" class=\"num\">{E(t["public.quarters.hosted"])}</th><th scope=\"col\" class=\"num\">{E(t["public.quarters.attending"])}</th><th scope=\"col\" class=\"num\">{E(t["coverage.practices"])}</th><th scope=\"col\" class=\"num\">{E(t["public.quarters.published"])}</th><th scope=\"col\" class=\"num\">{E(t["public.quarters.information"])}</th><th scope=\"col\" class=\"num\">{E(t["common.total"])}</th></tr></thead>\n<tbody>\n");
        foreach (var (q, c) in rows)
            table.Append($"<tr><th scope=\"row\">{E(q)}</th><td class=\"num\">{t.Number(c.Hosted)}</td><td class=\"num\">{t.Number(c.Attended)}</td><td class=\"num\">{t.Number(c.Shared)}</td><td class=\"num\">{t.Number(c.Published)}</td><td class=\"num\">{t.Number(c.Communicated)}</td><td class=\"num\">{t.Number(c.Total)}</td></tr>\n");
        html.Append(Scroll(table.Append("</tbody>\n</table>\n").ToString())).Append(Columns(rows, t));
        return html.Append("</section>\n").ToString();
    }

    private static string Columns(IReadOnlyList<(string Quarter, ActivityCounts Counts)> rows, Texts t)
    {
        const double bottom = 170, top = 20, column = 48;
        var max = rows.Select(r => r.Counts.Total).DefaultIfEmpty(0).Max();
        var scale = max <= 0 ? 0 : (bottom - top) / max;
        var width = 20 + column * rows.Count;
        var svg = new StringBuilder($"<svg id=\"quarters-chart\" viewBox=\"0 0 {F(width)} 200\" width=\"{F(width)}\" height=\"200\" role=\"img\" aria-labelledby=\"q-t q-d\">\n")
            .Append($"<title id=\"q-t\">{E(t["public.quarters.caption"])}</title>\n<desc id=\"q-d\">{E(t["public.quarters.desc"])}</desc>\n")
            .Append($"<line x1=\"10\" x2=\"{F(width - 5)}\" y1=\"{F(bottom)}\" y2=\"{F(bottom)}\" stroke=\"#4a4a4a\"/>\n");
        for (var i = 0; i < rows.Count; i++)
        {
            var x = 14 + i * column;
            var h = rows[i].Counts.Total * scale;
            svg.Append($"<g><title>{E(rows[i].Quarter)}: {t.Number(rows[i].Counts.Total)}</title>")
                .Append($"<rect x=\"{F(x + 4)}\" y=\"{F(bottom - h)}\" width=\"{F(column - 12)}\" height=\"{F(h)}\" fill=\"#0b4f8a\"/>")
                .Append($"<text x=\"{F(x + column / 2 - 2)}\" y=\"{F(bottom - h - 4)}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#1b1b1b\">{(rows[i].Counts.Total == 0 ? "" : t.Number(rows[i].Counts.Total))}</text>")
                .Append($"<text x=\"{F(x + column / 2 - 2)}\" y=\"{F(bottom + 16)}\" text-anchor=\"middle\" font-size=\"10\" fill=\"#1b1b1b\">{E(rows[i].Quarter)}</text></g>\n");
        }
        return svg.Append("</svg>\n").ToString();
    }
}
