using System.Text;
using Observatory.Projections.Recommendations;
using static Observatory.Host.Dashboard.Html;

namespace Observatory.Host.Dashboard;

/// <summary>Recommendations with their follow-up, and the conclusions of each meeting.</summary>
public static class RecommendationsSection
{
    /// <param name="withFollowUps">The public page shows texts and statuses only: follow-up actions are the partners' working notes.</param>
    public static string Render(DashboardModel m, bool withFollowUps = true)
    {
        var o = m.Outcomes;
        var html = new StringBuilder("<section aria-labelledby=\"recommendations-h\">\n<h2 id=\"recommendations-h\">Recommendations and follow-up</h2>\n");
        if (o.Recommendations.Count == 0)
            html.Append("<p>No recommendation has been adopted yet.</p>\n");
        else
        {
            html.Append($"<p>{Plural(o.Recommendations.Count, "recommendation", "recommendations")}: ")
                .Append(E(string.Join(", ", o.RecommendationsByStatus.Select(s => $"{N(s.Value)} {Words(s.Key).ToLowerInvariant()}")))).Append(".</p>\n");
            var table = new StringBuilder("<table id=\"recommendations\">\n<caption>Recommendations</caption>\n<thead><tr><th scope=\"col\" class=\"num\">No.</th><th scope=\"col\">Recommendation</th><th scope=\"col\">Adopted</th><th scope=\"col\">Status</th>")
                .Append(withFollowUps ? "<th scope=\"col\">Follow-up</th>" : "").Append("</tr></thead>\n<tbody>\n");
            foreach (var r in o.Recommendations)
            {
                table.Append($"<tr><th scope=\"row\" class=\"num\">{N(r.Number)}</th><td>{E(r.Text)}</td><td>{Time(r.AdoptedOn)}</td><td>{E(Words(r.Status))}</td>");
                if (withFollowUps)
                    table.Append($"<td>{FollowUps(m, r)}</td>");
                table.Append("</tr>\n");
            }
            html.Append(Scroll(table.Append("</tbody>\n</table>\n").ToString()));
        }
        if (withFollowUps && o.Conclusions.Count > 0)
            html.Append(Conclusions(m, o.Conclusions));
        return html.Append("</section>\n").ToString();
    }

    private static string FollowUps(DashboardModel m, Outcome r) =>
        r.FollowUps.Count == 0 ? "none yet"
            : "<ul>" + string.Concat(r.FollowUps.Select(f =>
                $"<li>{Time(f.On)}: {E(f.Action)} ({E(Words(f.Status))}{(f.PartnerId is { } p ? $", {E(m.PartnerName(p))}" : "")})</li>")) + "</ul>";

    private static string Conclusions(DashboardModel m, IReadOnlyList<Outcome> conclusions)
    {
        var meetings = m.Meetings.ToDictionary(e => e.Meta.Stream, e => e.Fact, StringComparer.Ordinal);
        var html = new StringBuilder($"<details><summary>{Plural(conclusions.Count, "conclusion", "conclusions")} adopted at meetings and for the network</summary>\n");
        foreach (var group in conclusions.GroupBy(c => c.MeetingStream))
        {
            var title = group.Key is null ? "The cooperation network"
                : meetings.TryGetValue(group.Key, out var meeting) ? $"{meeting.Theme} ({Day(meeting.StartsOn)})" : group.Key;
            html.Append($"<h3>{E(title)}</h3>\n<ol>");
            foreach (var c in group)
                html.Append($"<li value=\"{N(c.Number)}\">{E(c.Text)}</li>");
            html.Append("</ol>\n");
        }
        return html.Append("</details>\n").ToString();
    }
}
