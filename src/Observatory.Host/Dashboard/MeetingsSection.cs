using System.Text;
using Observatory.Host.Localization;
using static Observatory.Host.Dashboard.Html;

namespace Observatory.Host.Dashboard;

/// <summary>The meetings held and the practices shared, as currently known (a corrected date shows corrected).</summary>
public static class MeetingsSection
{
    public static string Render(DashboardModel m, Texts t)
    {
        var html = new StringBuilder($"<section aria-labelledby=\"meetings-h\">\n<h2 id=\"meetings-h\">{E(t["meetings.heading"])}</h2>\n");
        if (m.Meetings.Count == 0)
            html.Append($"<p>{E(t["meetings.none"])}</p>\n");
        else
        {
            var table = new StringBuilder($"<table id=\"meetings\">\n<caption>{E(t["meetings.caption"])}</caption>\n<thead><tr><th scope=\"col\">{E(t["meetings.dates"])}</th><th scope=\"col\">{E(t["common.kind"])}</th><th scope=\"col\">{E(t["meetings.host"])}</th><th scope=\"col\">{E(t["meetings.place"])}</th><th scope=\"col\">{E(t["meetings.theme"])}</th><th scope=\"col\" class=\"num\">{E(t["meetings.partners"])}</th></tr></thead>\n<tbody>\n");
            foreach (var e in Latest(m.Meetings))
            {
                var f = e.Fact;
                var dates = f.EndsOn == f.StartsOn ? Time(t, f.StartsOn) : t.Format("common.from-to", Time(t, f.StartsOn), Time(t, f.EndsOn));
                table.Append($"<tr data-stream=\"{E(e.Meta.Stream)}\" data-kind=\"{E(Observatory.Projections.Roster.Keys.Of(f.Kind))}\"><td>{dates}</td><td>{E(t.Term("term.meeting-kind.", Observatory.Projections.Roster.Keys.Of(f.Kind)))}</td>")
                    .Append($"<td>{E(m.PartnerName(f.HostPartnerId))}</td><td>{E(f.Place ?? t["meetings.online"])}</td><td>{E(f.Theme)}</td><td class=\"num\">{t.Number(f.Participants.Select(p => p.PartnerId).Distinct().Count())}</td></tr>\n");
            }
            html.Append(Scroll(table.Append("</tbody>\n</table>\n").ToString())).Append(LatestNote(t, m.Meetings.Count));
        }
        if (m.Practices.Count == 0)
            return html.Append($"<p>{E(t["meetings.no-practices"])}</p>\n</section>\n").ToString();
        var practices = new StringBuilder($"<table id=\"practices\">\n<caption>{E(t["practices.caption"])}</caption>\n<thead><tr><th scope=\"col\">{E(t["practices.shared-on"])}</th><th scope=\"col\">{E(t["practices.practice"])}</th><th scope=\"col\">{E(t["common.partner"])}</th><th scope=\"col\">{E(t["practices.areas"])}</th></tr></thead>\n<tbody>\n");
        foreach (var p in Latest(m.Practices))
            practices.Append($"<tr><td>{Time(t, p.Meta.OccurredOn)}</td><th scope=\"row\">{E(p.Fact.Title)}</th><td>{E(m.PartnerName(p.Fact.PartnerId))}</td><td>{E(string.Join(", ", p.Fact.ThematicAreas.Select(a => t.Term("term.area.", Observatory.Projections.Roster.Keys.Of(a)))))}</td></tr>\n");
        return html.Append(Scroll(practices.Append("</tbody>\n</table>\n").ToString())).Append(LatestNote(t, m.Practices.Count)).Append("</section>\n").ToString();
    }
}
