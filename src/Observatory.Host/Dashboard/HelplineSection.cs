using System.Text;
using Observatory.Host.Localization;
using static Observatory.Host.Dashboard.Html;

namespace Observatory.Host.Dashboard;

/// <summary>The helpline directory (posts, never people) and the requests of the period, counted.</summary>
public static class HelplineSection
{
    public static string Render(DashboardModel m, Texts t)
    {
        var h = m.Helpline;
        var r = h.Requests;
        var html = new StringBuilder($"<section aria-labelledby=\"helpline-h\">\n<h2 id=\"helpline-h\">{E(t["helpline.heading"])}</h2>\n")
            .Append($"<p>{E(t.Format("helpline.requests", t.Number(r.Received), t.Number(r.Referred), t.Number(r.Resolved), t.Number(r.Open)))}</p>\n");
        if (h.Directory.Count == 0)
            return html.Append($"<p>{E(t["helpline.none"])}</p>\n</section>\n").ToString();
        var table = new StringBuilder($"<table id=\"helpline\">\n<caption>{E(t["helpline.caption"])}</caption>\n<thead><tr><th scope=\"col\">{E(t["helpline.role"])}</th><th scope=\"col\">{E(t["common.partner"])}</th><th scope=\"col\">{E(t["helpline.competences"])}</th><th scope=\"col\">{E(t["helpline.languages"])}</th><th scope=\"col\">{E(t["helpline.contact"])}</th><th scope=\"col\" class=\"num\">{E(t["helpline.referrals"])}</th></tr></thead>\n<tbody>\n");
        foreach (var p in h.Directory)
            table.Append($"<tr><th scope=\"row\">{E(p.Role)}</th><td>{E(m.PartnerName(p.PartnerId))}</td><td>{E(string.Join(", ", p.CompetenceAreas.Select(c => t.Term("term.competence.", c))))}</td>")
                .Append($"<td>{E(string.Join(", ", p.Languages))}</td><td>{E(p.RoleAddress)}</td><td class=\"num\">{t.Number(p.Referrals)}</td></tr>\n");
        return html.Append(Scroll(table.Append("</tbody>\n</table>\n").ToString())).Append("</section>\n").ToString();
    }
}
