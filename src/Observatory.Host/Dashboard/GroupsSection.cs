using System.Text;
using Observatory.Host.Localization;
using static Observatory.Host.Dashboard.Html;

namespace Observatory.Host.Dashboard;

/// <summary>The working groups registry: topic, lead, members and whether the group is still open.</summary>
public static class GroupsSection
{
    public static string Render(DashboardModel m, Texts t)
    {
        var html = new StringBuilder($"<section aria-labelledby=\"groups-h\">\n<h2 id=\"groups-h\">{E(t["groups.heading"])}</h2>\n");
        if (m.Groups.Count == 0)
            return html.Append($"<p id=\"groups-none\">{E(t["groups.none"])}</p>\n</section>\n").ToString();
        var table = new StringBuilder($"<table id=\"groups\">\n<caption>{E(t["groups.heading"])}</caption>\n<thead><tr><th scope=\"col\">{E(t["groups.topic"])}</th><th scope=\"col\">{E(t["coverage.area"])}</th><th scope=\"col\">{E(t["groups.lead"])}</th><th scope=\"col\">{E(t["groups.members"])}</th><th scope=\"col\">{E(t["groups.formed"])}</th><th scope=\"col\">{E(t["common.status"])}</th></tr></thead>\n<tbody>\n");
        foreach (var g in m.Groups)
        {
            var status = g.ClosedOn is { } closed ? t.Format("groups.closed", Time(t, closed)) : E(t["groups.open"]);
            table.Append($"<tr><th scope=\"row\">{E(g.Topic)}</th><td>{E(g.ThematicArea is { } a ? t.Term("term.area.", a) : "")}</td><td>{E(m.PartnerName(g.LeadPartnerId))}</td>")
                .Append($"<td>{E(string.Join(", ", g.Members.Select(m.PartnerName)))}</td><td>{Time(t, g.FormedOn)}</td><td>{status}</td></tr>\n");
        }
        return html.Append(Scroll(table.Append("</tbody>\n</table>\n").ToString())).Append("</section>\n").ToString();
    }
}
