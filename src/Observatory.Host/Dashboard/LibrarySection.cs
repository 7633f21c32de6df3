using System.Text;
using static Observatory.Host.Dashboard.Html;

namespace Observatory.Host.Dashboard;

/// <summary>The resource library: what the network makes available online, from partners and from outside.</summary>
public static class LibrarySection
{
    public static string Render(DashboardModel m)
    {
        var lib = m.Library;
        var html = new StringBuilder("<section aria-labelledby=\"library-h\">\n<h2 id=\"library-h\">Resource library</h2>\n")
            .Append($"<p>{Plural(lib.Items.Count, "resource", "resources")}: {N(lib.FromPartners)} from partners, {N(lib.External)} from outside the network.</p>\n");
        if (lib.Items.Count == 0)
            return html.Append("</section>\n").ToString();
        var table = new StringBuilder("<table id=\"library\">\n<caption>Resources</caption>\n<thead><tr><th scope=\"col\">Title</th><th scope=\"col\">Kind</th><th scope=\"col\">Language</th><th scope=\"col\">Country</th><th scope=\"col\">From</th><th scope=\"col\">Published</th></tr></thead>\n<tbody>\n");
        foreach (var item in lib.Items)
        {
            var from = item.FromPartner ? m.PartnerName(item.Origin) : item.Origin;
            table.Append($"<tr><th scope=\"row\">{Link(item.Url, item.Title)}</th><td>{E(Words(item.Kind))}</td><td>{E(item.Language)}</td>")
                .Append($"<td>{E(Country(item.Country))}</td><td>{E(from)}</td><td>{Time(item.PublishedOn)}</td></tr>\n");
        }
        return html.Append(Scroll(table.Append("</tbody>\n</table>\n").ToString())).Append("</section>\n").ToString();
    }

    /// <summary>Only web addresses become links: a "javascript:" URL typed into an entry stays inert text.</summary>
    public static string Link(string url, string text) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? $"<a href=\"{E(uri.AbsoluteUri)}\" rel=\"noopener noreferrer\">{E(text)}</a>"
            : E(text);
}
