using System.Text;
using static Observatory.Host.Dashboard.Html;

namespace Observatory.Host.Dashboard;

/// <summary>The helpline directory (posts, never people) and the requests of the period, counted.</summary>
public static class HelplineSection
{
    public static string Render(DashboardModel m)
    {
        var h = m.Helpline;
        var r = h.Requests;
        var html = new StringBuilder("<section aria-labelledby=\"helpline-h\">\n<h2 id=\"helpline-h\">Helpline directory</h2>\n")
            .Append($"<p>Requests in the period: {N(r.Received)} received, {N(r.Referred)} referred, {N(r.Resolved)} resolved, {N(r.Open)} open.</p>\n");
        if (h.Directory.Count == 0)
            return html.Append("<p>No specialist profile is listed yet.</p>\n</section>\n").ToString();
        var table = new StringBuilder("<table id=\"helpline\">\n<caption>Specialist profiles</caption>\n<thead><tr><th scope=\"col\">Role</th><th scope=\"col\">Partner</th><th scope=\"col\">Competence areas</th><th scope=\"col\">Languages</th><th scope=\"col\">Contact</th><th scope=\"col\" class=\"num\">Referrals</th></tr></thead>\n<tbody>\n");
        foreach (var p in h.Directory)
            table.Append($"<tr><th scope=\"row\">{E(p.Role)}</th><td>{E(m.PartnerName(p.PartnerId))}</td><td>{E(string.Join(", ", p.CompetenceAreas.Select(Words)))}</td>")
                .Append($"<td>{E(string.Join(", ", p.Languages))}</td><td>{E(p.RoleAddress)}</td><td class=\"num\">{N(p.Referrals)}</td></tr>\n");
        return html.Append(Scroll(table.Append("</tbody>\n</table>\n").ToString())).Append("</section>\n").ToString();
    }
}
