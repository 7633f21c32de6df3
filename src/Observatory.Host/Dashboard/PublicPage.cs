using System.Text;
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

    public static string Render(DashboardModel m)
    {
        var body = new StringBuilder()
            .Append($"<p class=\"moment\" id=\"moment\">Figures for <strong id=\"period\">{E(MomentSection.PeriodLabel(m))}</strong>, ")
            .Append($"{Time(m.Period.From)} to {Time(m.Period.To)}, from the network's records at position {N(m.Moment.Position)}.</p>\n")
            .Append("<section aria-labelledby=\"glance-h\">\n<h2 id=\"glance-h\">At a glance</h2>\n").Append(OverviewSection.Tiles(m, withMembers: false))
            .Append(Partners(m)).Append("</section>\n")
            .Append(IndicatorSection.Render(m, "Results against the network's indicators"))
            .Append(Quarters(m))
            .Append(CoverageSection.Render(m))
            .Append(RecommendationsSection.Render(m, withFollowUps: false))
            .Append(FeedbackSection.Render(m, dimensions: []))
            // The way in for the people the network serves: no key needed, nothing personal asked for.
            .Append($"<p id=\"give-feedback\"><a href=\"{E(Feedback.PublicFeedbackForm.Path(m.Data.Network))}\">Give feedback</a> · ")
            .Append($"<a href=\"{E(Feedback.StatusPage.Path)}\">Check the status of your feedback</a></p>\n");
        return Layout.Page($"{m.Title}: results", m.Title, body.ToString(), "Public results of the integration network");
    }

    private static string Partners(DashboardModel m) =>
        "<p id=\"partner-list\">Partners: " + E(string.Join("; ", m.Partners.Values.GroupBy(p => p.Country.ToString().ToUpperInvariant())
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(p => p.Name))}"))) + ".</p>\n";

    /// <summary>Network totals per quarter, never per partner: the public sees the network's rhythm, not a ranking.</summary>
    private static string Quarters(DashboardModel m)
    {
        var html = new StringBuilder("<section aria-labelledby=\"quarters-h\">\n<h2 id=\"quarters-h\">Activities per quarter</h2>\n");
        var rows = m.Quarters.Select(q => (Quarter: q, Counts: m.Timeline.Network(q))).ToList();
        var table = new StringBuilder("<table id=\"quarters\">\n<caption>The network's activities per quarter</caption>\n<thead><tr><th scope=\"col\">Quarter</th><th scope=\"col\" class=\"num\">Meetings hosted</th><th scope=\"col\" class=\"num\">Partners attending</th><th scope=\"col\" class=\"num\">Practices shared</th><th scope=\"col\" class=\"num\">Resources published by partners</th><th scope=\"col\" class=\"num\">Information activities</th><th scope=\"col\" class=\"num\">Total</th></tr></thead>\n<tbody>\n");
        foreach (var (q, c) in rows)
            table.Append($"<tr><th scope=\"row\">{E(q)}</th><td class=\"num\">{N(c.Hosted)}</td><td class=\"num\">{N(c.Attended)}</td><td class=\"num\">{N(c.Shared)}</td><td class=\"num\">{N(c.Published)}</td><td class=\"num\">{N(c.Communicated)}</td><td class=\"num\">{N(c.Total)}</td></tr>\n");
        html.Append(Scroll(table.Append("</tbody>\n</table>\n").ToString())).Append(Columns(rows));
        return html.Append("</section>\n").ToString();
    }

    private static string Columns(IReadOnlyList<(string Quarter, ActivityCounts Counts)> rows)
    {
        const double bottom = 170, top = 20, column = 48;
        var max = rows.Select(r => r.Counts.Total).DefaultIfEmpty(0).Max();
        var scale = max <= 0 ? 0 : (bottom - top) / max;
        var width = 20 + column * rows.Count;
        var svg = new StringBuilder($"<svg id=\"quarters-chart\" viewBox=\"0 0 {F(width)} 200\" width=\"{F(width)}\" height=\"200\" role=\"img\" aria-labelledby=\"q-t q-d\">\n")
            .Append("<title id=\"q-t\">The network's activities per quarter</title>\n<desc id=\"q-d\">One column per quarter; a quarter without any activity has no column. The table above gives the numbers.</desc>\n")
            .Append($"<line x1=\"10\" x2=\"{F(width - 5)}\" y1=\"{F(bottom)}\" y2=\"{F(bottom)}\" stroke=\"#4a4a4a\"/>\n");
        for (var i = 0; i < rows.Count; i++)
        {
            var x = 14 + i * column;
            var h = rows[i].Counts.Total * scale;
            svg.Append($"<g><title>{E(rows[i].Quarter)}: {N(rows[i].Counts.Total)}</title>")
                .Append($"<rect x=\"{F(x + 4)}\" y=\"{F(bottom - h)}\" width=\"{F(column - 12)}\" height=\"{F(h)}\" fill=\"#0b4f8a\"/>")
                .Append($"<text x=\"{F(x + column / 2 - 2)}\" y=\"{F(bottom - h - 4)}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#1b1b1b\">{(rows[i].Counts.Total == 0 ? "" : N(rows[i].Counts.Total))}</text>")
                .Append($"<text x=\"{F(x + column / 2 - 2)}\" y=\"{F(bottom + 16)}\" text-anchor=\"middle\" font-size=\"10\" fill=\"#1b1b1b\">{E(rows[i].Quarter)}</text></g>\n");
        }
        return svg.Append("</svg>\n").ToString();
    }
}
