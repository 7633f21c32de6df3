using System.Text;
using Observatory.Host.Localization;
using static Observatory.Host.Dashboard.Html;

namespace Observatory.Host.Dashboard;

/// <summary>The resource library: what the network makes available online, from partners and from outside.</summary>
public static class LibrarySection
{
    public static string Render(DashboardModel m, Texts t)
    {
        var lib = m.Library;
        var html = new StringBuilder($"<section aria-labelledby=\"library-h\">\n<h2 id=\"library-h\">{E(t["library.heading"])}</h2>\n")
            .Append($"<p>{E(t.Format("library.counts", t.Plural("library.resources", lib.Items.Count), t.Number(lib.FromPartners), t.Number(lib.External)))}</p>\n");
        if (lib.Items.Count == 0)
            return html.Append("</section>\n").ToString();
        var table = new StringBuilder($"<table id=\"library\">\n<caption>{E(t["library.caption"])}</caption>\n<thead><tr><th scope=\"col\">{E(t["library.title"])}</th><th scope=\"col\">{E(t["common.kind"])}</th><th scope=\"col\">{E(t["common.language"])}</th><th scope=\"col\">{E(t["common.country"])}</th><th scope=\"col\">{E(t["library.from"])}</th><th scope=\"col\">{E(t["library.published"])}</th></tr></thead>\n<tbody>\n");
        foreach (var item in Latest(lib.Items))
        {
            var from = item.FromPartner ? m.PartnerName(item.Origin) : item.Origin;
            table.Append($"<tr><th scope=\"row\">{Link(item.Url, item.Title)}</th><td>{E(t.Term("term.resource-kind.", item.Kind))}</td><td>{E(item.Language)}</td>")
                .Append($"<td>{E(Country(t, item.Country))}</td><td>{E(from)}</td><td>{Time(t, item.PublishedOn)}</td></tr>\n");
        }
        return html.Append(Scroll(table.Append("</tbody>\n</table>\n").ToString())).Append(LatestNote(t, lib.Items.Count)).Append("</section>\n").ToString();
    }

    /// <summary>Only web addresses become links: a "javascript:" URL typed into an entry stays inert text.</summary>
    public static string Link(string url, string text) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? $"<a href=\"{E(uri.AbsoluteUri)}\" rel=\"noopener noreferrer\">{E(text)}</a>"
            : E(text);
}
