using System.Text;
using Observatory.Host.Localization;
using static Observatory.Host.Dashboard.Html;

namespace Observatory.Host.Dashboard;

/// <summary>The network at a glance: the report's numbers as tiles, the partners, and the leadership term with its handover.</summary>
public static class OverviewSection
{
    public static string Tiles(DashboardModel m, Texts t, bool withMembers = true)
    {
        var countries = m.Partners.Values.Select(p => p.Country).Distinct().Count();
        var kinds = m.Participation.MeetingsByKind;
        var meetings = kinds.Count == 0 ? t["overview.no-meetings"] : string.Join(", ", kinds.Select(k => t.Plural("overview.meetings-of-kind." + k.Key, k.Value)));
        var members = m.Indicators.Get(Observatory.Domain.Evaluations.Indicators.NetworkedMembers, "stock").Value;
        var html = new StringBuilder("<ul class=\"tiles\" id=\"tiles\">\n");
        Tile(html, "partners", N(m.Partners.Count), t.Format("overview.tile.partners", t.Plural("overview.countries", countries)));
        Tile(html, "meetings", N(m.Participation.MeetingsByKind.Values.Sum()), t.Format("overview.tile.meetings", meetings));
        Tile(html, "practices", N(m.Practices.Count(p => m.Period.Contains(p.Meta.OccurredOn))), t["overview.tile.practices"]);
        Tile(html, "resources", N(m.Library.Items.Count), t["overview.tile.resources"]);
        if (withMembers)
            Tile(html, "members", N(members), t["overview.tile.members"]);
        Tile(html, "recommendations", N(m.Outcomes.Recommendations.Count), t["overview.tile.recommendations"]);
        return html.Append("</ul>\n").ToString();
    }

    private static void Tile(StringBuilder html, string id, string value, string label) =>
        html.Append($"<li id=\"tile-{id}\"><strong>{value}</strong> {E(label)}</li>\n");

    public static string Render(DashboardModel m, Texts t)
    {
        var html = new StringBuilder($"<section aria-labelledby=\"overview-h\">\n<h2 id=\"overview-h\">{E(t["overview.heading"])}</h2>\n");
        html.Append(Tiles(m, t)).Append(Leadership(m, t));
        var table = new StringBuilder($"<table id=\"partners\">\n<caption>{E(t["overview.partners.caption"])}</caption>\n<thead><tr><th scope=\"col\">{E(t["common.partner"])}</th><th scope=\"col\">{E(t["common.country"])}</th><th scope=\"col\">{E(t["common.kind"])}</th><th scope=\"col\">{E(t["overview.partners.joined"])}</th><th scope=\"col\">{E(t["overview.partners.left"])}</th></tr></thead>\n<tbody>\n");
        foreach (var p in m.Partners.Values)
            table.Append($"<tr><th scope=\"row\">{E(p.Name)}</th><td>{E(Country(t, p.Country.ToString()))}</td><td>{E(t.Term("term.partner-kind.", p.Kind.ToString().ToLowerInvariant()))}</td><td>{Time(t, p.JoinedOn)}</td><td>{(p.LeftOn is { } left ? Time(t, left) : "")}</td></tr>\n");
        return html.Append(Scroll(table.Append("</tbody>\n</table>\n").ToString())).Append("</section>\n").ToString();
    }

    private static string Leadership(DashboardModel m, Texts t)
    {
        if (m.CurrentTerm is not { } term)
            return $"<p>{E(t["overview.no-term"])}</p>\n";
        var today = m.Moment.Today;
        // The days left depend on the clock, so they sit in one marked span: golden files scrub it, nothing else moves.
        var clock = term.Ended ? t["overview.term-ended"]
            : today <= term.To ? t.Plural("overview.days-left", term.To.DayNumber - today.DayNumber)
            : t.Plural("overview.end-passed", today.DayNumber - term.To.DayNumber);
        return $"<p id=\"leadership\">" + t.Format("overview.leader", $"<strong>{E(m.PartnerName(term.PartnerId))}</strong>", t.Number(term.Number), Time(t, term.From), Time(t, term.To))
            + $"{(term.Ended ? "" : E(t["overview.planned-end"]))}; <span data-clock>{E(clock)}</span>. "
            + (term.Ended ? "" : t.Format("overview.next-handover", Time(t, term.To))) + "</p>\n";
    }
}
