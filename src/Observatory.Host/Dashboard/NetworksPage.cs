using System.Text;
using Observatory.Host.Localization;
using static Observatory.Host.Dashboard.Html;

namespace Observatory.Host.Dashboard;

/// <summary>GET /: every network this observatory holds, with its pages and feeds.</summary>
public static class NetworksPage
{
    public sealed record Row(string Network, string? Name, long Head);

    public static string Render(IReadOnlyList<Row> networks, Texts t)
    {
        var body = new StringBuilder($"<section aria-labelledby=\"networks-h\">\n<h2 id=\"networks-h\">{E(t["networks.heading"])}</h2>\n");
        if (networks.Count == 0)
            body.Append($"<p>{t.Format("networks.none", "<code>observatory import FILE</code>")}</p>\n");
        else
        {
            body.Append("<ul id=\"networks\">\n");
            foreach (var n in networks)
            {
                var id = Uri.EscapeDataString(n.Network);
                body.Append($"<li><strong>{E(n.Name ?? n.Network)}</strong> <span class=\"muted\">({E(n.Network)}, {E(t.Plural("networks.events", n.Head))})</span>: ")
                    .Append($"<a href=\"{E(DashboardPage.Path(n.Network))}\">{E(t["networks.dashboard"])}</a> · <a href=\"{E(PublicPage.Path(n.Network))}\">{E(t["networks.public-page"])}</a> · ")
                    .Append($"<a href=\"/api/v1/networks/{E(id)}/events\">{E(t["networks.event-feed"])}</a> · <a href=\"/api/v1/networks/{E(id)}/events/live\">{E(t["networks.live-tail"])}</a></li>\n");
            }
            body.Append("</ul>\n");
        }
        body.Append($"<p><a href=\"/health\">{E(t["networks.health"])}</a>{E(t["networks.health-note"])}</p>\n</section>\n");
        return Layout.Page(t, t["layout.home"], t["layout.home"], body.ToString(), t["networks.subtitle"]);
    }
}
