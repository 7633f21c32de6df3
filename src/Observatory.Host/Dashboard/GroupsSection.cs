using System.Text;
using static Observatory.Host.Dashboard.Html;

namespace Observatory.Host.Dashboard;

/// <summary>The working groups registry: topic, lead, members and whether the group is still open.</summary>
public static class GroupsSection
{
    public static string Render(DashboardModel m)
    {
        var html = new StringBuilder("<section aria-labelledby=\"groups-h\">\n<h2 id=\"groups-h\">Working groups</h2>\n");
        if (m.Groups.Count == 0)
            return html.Append("<p id=\"groups-none\">No working group has been formed yet. The report proposes groups on language education, the labour market and financing integration measures.</p>\n</section>\n").ToString();
        var table = new StringBuilder("<table id=\"groups\">\n<caption>Working groups</caption>\n<thead><tr><th scope=\"col\">Topic</th><th scope=\"col\">Thematic area</th><th scope=\"col\">Lead</th><th scope=\"col\">Members</th><th scope=\"col\">Formed</th><th scope=\"col\">Status</th></tr></thead>\n<tbody>\n");
        foreach (var g in m.Groups)
        {
            var status = g.ClosedOn is { } closed ? $"closed {Time(closed)}" : "open";
            table.Append($"<tr><th scope=\"row\">{E(g.Topic)}</th><td>{E(g.ThematicArea is { } a ? Words(a) : "")}</td><td>{E(m.PartnerName(g.LeadPartnerId))}</td>")
                .Append($"<td>{E(string.Join(", ", g.Members.Select(m.PartnerName)))}</td><td>{Time(g.FormedOn)}</td><td>{status}</td></tr>\n");
        }
        return html.Append(Scroll(table.Append("</tbody>\n</table>\n").ToString())).Append("</section>\n").ToString();
    }
}
