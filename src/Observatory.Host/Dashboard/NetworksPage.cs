using System.Text;
using static Observatory.Host.Dashboard.Html;

namespace Observatory.Host.Dashboard;

/// <summary>GET /: every network this observatory holds, with its pages and feeds.</summary>
public static class NetworksPage
{
    public sealed record Row(string Network, string? Name, long Head);

    public static string Render(IReadOnlyList<Row> networks)
    {
        var body = new StringBuilder("<section aria-labelledby=\"networks-h\">\n<h2 id=\"networks-h\">Networks</h2>\n");
        if (networks.Count == 0)
            body.Append("<p>No network has been recorded yet. Import one with <code>observatory import FILE</code>.</p>\n");
        else
        {
            body.Append("<ul id=\"networks\">\n");
            foreach (var n in networks)
            {
                var id = Uri.EscapeDataString(n.Network);
                body.Append($"<li><strong>{E(n.Name ?? n.Network)}</strong> <span class=\"muted\">({E(n.Network)}, {Plural((int)Math.Min(n.Head, int.MaxValue), "event", "events")})</span>: ")
                    .Append($"<a href=\"{E(DashboardPage.Path(n.Network))}\">dashboard</a> · <a href=\"{E(PublicPage.Path(n.Network))}\">public page</a> · ")
                    .Append($"<a href=\"/api/v1/networks/{E(id)}/events\">event feed</a> · <a href=\"/api/v1/networks/{E(id)}/events/live\">live tail</a></li>\n");
            }
            body.Append("</ul>\n");
        }
        body.Append("<p><a href=\"/health\">Health</a>: the store, the projection daemon's lag per read model, and the bus.</p>\n</section>\n");
        return Layout.Page("Observatory", "Observatory", body.ToString(), "Integration networks: what they share, and what it achieves.");
    }
}
