using System.Text;
using static Observatory.Host.Dashboard.Html;

namespace Observatory.Host.Dashboard;

/// <summary>The meetings held and the practices shared, as currently known (a corrected date shows corrected).</summary>
public static class MeetingsSection
{
    public static string Render(DashboardModel m)
    {
        var html = new StringBuilder("<section aria-labelledby=\"meetings-h\">\n<h2 id=\"meetings-h\">Meetings and practices</h2>\n");
        if (m.Meetings.Count == 0)
            html.Append("<p>No meeting has been held yet.</p>\n");
        else
        {
            var table = new StringBuilder("<table id=\"meetings\">\n<caption>Meetings held</caption>\n<thead><tr><th scope=\"col\">Dates</th><th scope=\"col\">Kind</th><th scope=\"col\">Host</th><th scope=\"col\">Place</th><th scope=\"col\">Theme</th><th scope=\"col\" class=\"num\">Partners taking part</th></tr></thead>\n<tbody>\n");
            foreach (var e in m.Meetings)
            {
                var f = e.Fact;
                var dates = f.EndsOn == f.StartsOn ? Time(f.StartsOn) : $"{Time(f.StartsOn)} to {Time(f.EndsOn)}";
                table.Append($"<tr data-stream=\"{E(e.Meta.Stream)}\" data-kind=\"{E(Observatory.Projections.Roster.Keys.Of(f.Kind))}\"><td>{dates}</td><td>{E(Words(Observatory.Projections.Roster.Keys.Of(f.Kind)))}</td>")
                    .Append($"<td>{E(m.PartnerName(f.HostPartnerId))}</td><td>{E(f.Place ?? "online")}</td><td>{E(f.Theme)}</td><td class=\"num\">{N(f.Participants.Select(p => p.PartnerId).Distinct().Count())}</td></tr>\n");
            }
            html.Append(Scroll(table.Append("</tbody>\n</table>\n").ToString()));
        }
        if (m.Practices.Count == 0)
            return html.Append("<p>No practice has been shared yet.</p>\n</section>\n").ToString();
        var practices = new StringBuilder("<table id=\"practices\">\n<caption>Practices shared</caption>\n<thead><tr><th scope=\"col\">Shared on</th><th scope=\"col\">Practice</th><th scope=\"col\">Partner</th><th scope=\"col\">Thematic areas</th></tr></thead>\n<tbody>\n");
        foreach (var p in m.Practices)
            practices.Append($"<tr><td>{Time(p.Meta.OccurredOn)}</td><th scope=\"row\">{E(p.Fact.Title)}</th><td>{E(m.PartnerName(p.Fact.PartnerId))}</td><td>{E(string.Join(", ", p.Fact.ThematicAreas.Select(a => Words(Observatory.Projections.Roster.Keys.Of(a)))))}</td></tr>\n");
        return html.Append(Scroll(practices.Append("</tbody>\n</table>\n").ToString())).Append("</section>\n").ToString();
    }
}
