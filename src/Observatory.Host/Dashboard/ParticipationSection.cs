using System.Text;
using Observatory.Host.Localization;
using static Observatory.Host.Dashboard.Html;

namespace Observatory.Host.Dashboard;

/// <summary>How evenly the partners carry the network in the period: counts per kind and each partner's share.</summary>
public static class ParticipationSection
{
    public static string Render(DashboardModel m, Texts t)
    {
        var b = m.Participation;
        var html = new StringBuilder($"<section aria-labelledby=\"participation-h\">\n<h2 id=\"participation-h\">{E(t["participation.heading"])}</h2>\n");
        html.Append(Scroll(Table(m, t))).Append(Chart(m, t));
        html.Append(b.BelowThreshold.Count == 0
            ? $"<p>{E(t["participation.balanced"])}</p>\n"
            : $"<p id=\"below-share\">{E(t.Format("participation.below", string.Join(", ", b.BelowThreshold.Select(m.PartnerName))))}</p>\n");
        return html.Append("</section>\n").ToString();
    }

    private static string Table(DashboardModel m, Texts t)
    {
        var html = new StringBuilder($"<table id=\"participation\">\n<caption>{E(t["participation.caption"])}</caption>\n")
            .Append($"<thead><tr><th scope=\"col\">{E(t["common.partner"])}</th><th scope=\"col\">{E(t["common.country"])}</th><th scope=\"col\" class=\"num\">{E(t["participation.hosted"])}</th><th scope=\"col\" class=\"num\">{E(t["participation.attended"])}</th><th scope=\"col\" class=\"num\">{E(t["participation.shared"])}</th><th scope=\"col\" class=\"num\">{E(t["participation.published"])}</th><th scope=\"col\" class=\"num\">{E(t["common.total"])}</th><th scope=\"col\" class=\"num\">{E(t["participation.share"])}</th></tr></thead>\n<tbody>\n");
        foreach (var p in m.Participation.Partners)
            html.Append($"<tr><th scope=\"row\">{E(p.Name)}</th><td>{E(Country(t, p.Country))}</td><td class=\"num\">{t.Number(p.Hosted)}</td><td class=\"num\">{t.Number(p.Attended)}</td><td class=\"num\">{t.Number(p.Shared)}</td><td class=\"num\">{t.Number(p.Published)}</td><td class=\"num\">{t.Number(p.Total)}</td><td class=\"num\">{t.Percent(p.Share)}</td></tr>\n");
        return html.Append($"</tbody>\n<tfoot><tr><th scope=\"row\">{E(t["common.network"])}</th><td></td><td colspan=\"4\"></td><td class=\"num\">{t.Number(m.Participation.Total)}</td><td class=\"num\">{t.Percent(1m)}</td></tr></tfoot>\n</table>\n").ToString();
    }

    private static string Chart(DashboardModel m, Texts t)
    {
        const double left = 300, width = 300, row = 24;
        var rows = m.Participation.Partners;
        var max = (double)rows.Select(r => r.Share).DefaultIfEmpty(0).Max();
        var scale = max <= 0 ? 0 : width / max;
        var height = row * rows.Count + 10;
        var svg = new StringBuilder($"<svg id=\"participation-chart\" viewBox=\"0 0 660 {F(height)}\" width=\"660\" height=\"{F(height)}\" role=\"img\" aria-labelledby=\"part-t part-d\">\n")
            .Append($"<title id=\"part-t\">{E(t["participation.chart.title"])}</title>\n")
            .Append($"<desc id=\"part-d\">{E(t["participation.chart.desc"])}</desc>\n");
        for (var i = 0; i < rows.Count; i++)
        {
            var y = 5 + i * row;
            var bar = (double)rows[i].Share * scale;
            svg.Append($"<g><title>{E(rows[i].Name)}: {t.Percent(rows[i].Share)}</title>")
                .Append($"<text x=\"{F(left - 8)}\" y=\"{F(y + 15)}\" text-anchor=\"end\" font-size=\"12\" fill=\"#1b1b1b\">{E(rows[i].Name)}</text>")
                .Append($"<rect x=\"{F(left)}\" y=\"{F(y + 3)}\" width=\"{F(Math.Max(bar, 1))}\" height=\"16\" fill=\"#0b4f8a\"/>")
                .Append($"<text x=\"{F(left + bar + 6)}\" y=\"{F(y + 15)}\" font-size=\"12\" fill=\"#1b1b1b\">{t.Percent(rows[i].Share)}</text></g>\n");
        }
        return svg.Append("</svg>\n").ToString();
    }
}
