using System.Text;
using Observatory.Host.Localization;
using Observatory.Projections.Recommendations;
using static Observatory.Host.Dashboard.Html;

namespace Observatory.Host.Dashboard;

/// <summary>Recommendations with their follow-up, and the conclusions of each meeting.</summary>
public static class RecommendationsSection
{
    /// <param name="withFollowUps">The public page shows texts and statuses only: follow-up actions are the partners' working notes.</param>
    public static string Render(DashboardModel m, Texts t, bool withFollowUps = true)
    {
        var o = m.Outcomes;
        var html = new StringBuilder($"<section aria-labelledby=\"recommendations-h\">\n<h2 id=\"recommendations-h\">{E(t["recommendations.heading"])}</h2>\n");
        if (o.Recommendations.Count == 0)
            html.Append($"<p>{E(t["recommendations.none"])}</p>\n");
        else
        {
            html.Append($"<p>{E(t.Plural("recommendations.count", o.Recommendations.Count))}: ")
                .Append(E(string.Join(", ", o.RecommendationsByStatus.Select(s => $"{t.Number(s.Value)} {t.Term("term.status.", s.Key).ToLower(t.Culture)}")))).Append(".</p>\n");
            var table = new StringBuilder($"<table id=\"recommendations\">\n<caption>{E(t["recommendations.caption"])}</caption>\n<thead><tr><th scope=\"col\" class=\"num\">{E(t["recommendations.number"])}</th><th scope=\"col\">{E(t["recommendations.recommendation"])}</th><th scope=\"col\">{E(t["recommendations.adopted"])}</th><th scope=\"col\">{E(t["common.status"])}</th>")
                .Append(withFollowUps ? $"<th scope=\"col\">{E(t["recommendations.follow-up"])}</th>" : "").Append("</tr></thead>\n<tbody>\n");
            foreach (var r in o.Recommendations)
            {
                table.Append($"<tr><th scope=\"row\" class=\"num\">{t.Number(r.Number)}</th><td>{E(r.Text)}</td><td>{Time(t, r.AdoptedOn)}</td><td>{E(t.Term("term.status.", r.Status))}</td>");
                if (withFollowUps)
                    table.Append($"<td>{FollowUps(m, r, t)}</td>");
                table.Append("</tr>\n");
            }
            html.Append(Scroll(table.Append("</tbody>\n</table>\n").ToString()));
        }
        if (withFollowUps && o.Conclusions.Count > 0)
            html.Append(Conclusions(m, o.Conclusions, t));
        return html.Append("</section>\n").ToString();
    }

    private static string FollowUps(DashboardModel m, Outcome r, Texts t) =>
        r.FollowUps.Count == 0 ? E(t["recommendations.none-yet"])
            : "<ul>" + string.Concat(r.FollowUps.Select(f =>
                $"<li>{Time(t, f.On)}: {E(f.Action)} ({E(t.Term("term.status.", f.Status))}{(f.PartnerId is { } p ? $", {E(m.PartnerName(p))}" : "")})</li>")) + "</ul>";

    private static string Conclusions(DashboardModel m, IReadOnlyList<Outcome> conclusions, Texts t)
    {
        var meetings = m.Meetings.ToDictionary(e => e.Meta.Stream, e => e.Fact, StringComparer.Ordinal);
        var html = new StringBuilder($"<details><summary>{E(t.Plural("recommendations.conclusions", conclusions.Count))}</summary>\n");
        foreach (var group in conclusions.GroupBy(c => c.MeetingStream))
        {
            var title = group.Key is null ? t["recommendations.the-network"]
                : meetings.TryGetValue(group.Key, out var meeting) ? $"{meeting.Theme} ({t.Date(meeting.StartsOn)})" : group.Key;
            html.Append($"<h3>{E(title)}</h3>\n<ol>");
            foreach (var c in group)
                html.Append($"<li value=\"{N(c.Number)}\">{E(c.Text)}</li>");
            html.Append("</ol>\n");
        }
        return html.Append("</details>\n").ToString();
    }
}
