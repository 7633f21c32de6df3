using System.Text;
using static Observatory.Host.Dashboard.Html;

namespace Observatory.Host.Dashboard;

/// <summary>The network at a glance: the report's numbers as tiles, the partners, and the leadership term with its handover.</summary>
public static class OverviewSection
{
    public static string Tiles(DashboardModel m, bool withMembers = true)
    {
        var countries = m.Partners.Values.Select(p => p.Country).Distinct().Count();
        var kinds = m.Participation.MeetingsByKind;
        var meetings = kinds.Count == 0 ? "no meetings" : string.Join(", ", kinds.Select(k => $"{N(k.Value)} {Words(k.Key).ToLowerInvariant()}{(k.Value == 1 ? "" : "s")}"));
        var members = m.Indicators.Get(Observatory.Domain.Evaluations.Indicators.NetworkedMembers, "stock").Value;
        var html = new StringBuilder("<ul class=\"tiles\" id=\"tiles\">\n");
        Tile(html, "partners", N(m.Partners.Count), $"partners in {Plural(countries, "country", "countries")}");
        Tile(html, "meetings", N(m.Participation.MeetingsByKind.Values.Sum()), $"meetings in the period: {meetings}");
        Tile(html, "practices", N(m.Practices.Count(p => m.Period.Contains(p.Meta.OccurredOn))), "practices shared in the period");
        Tile(html, "resources", N(m.Library.Items.Count), "resources in the library");
        if (withMembers)
            Tile(html, "members", N(members), "networked professionals, organisations and groups at the period's end");
        Tile(html, "recommendations", N(m.Outcomes.Recommendations.Count), "recommendations adopted");
        return html.Append("</ul>\n").ToString();
    }

    private static void Tile(StringBuilder html, string id, string value, string label) =>
        html.Append($"<li id=\"tile-{id}\"><strong>{value}</strong> {E(label)}</li>\n");

    public static string Render(DashboardModel m)
    {
        var html = new StringBuilder("<section aria-labelledby=\"overview-h\">\n<h2 id=\"overview-h\">Overview</h2>\n");
        html.Append(Tiles(m)).Append(Leadership(m));
        var table = new StringBuilder("<table id=\"partners\">\n<caption>Partners</caption>\n<thead><tr><th scope=\"col\">Partner</th><th scope=\"col\">Country</th><th scope=\"col\">Kind</th><th scope=\"col\">Joined</th><th scope=\"col\">Left</th></tr></thead>\n<tbody>\n");
        foreach (var p in m.Partners.Values)
            table.Append($"<tr><th scope=\"row\">{E(p.Name)}</th><td>{E(p.Country.ToString().ToUpperInvariant())}</td><td>{E(Words(p.Kind.ToString().ToLowerInvariant()))}</td><td>{Time(p.JoinedOn)}</td><td>{(p.LeftOn is { } left ? Time(left) : "")}</td></tr>\n");
        return html.Append(Scroll(table.Append("</tbody>\n</table>\n").ToString())).Append("</section>\n").ToString();
    }

    private static string Leadership(DashboardModel m)
    {
        if (m.CurrentTerm is not { } term)
            return "<p>No leadership term has been started yet. The report recommends a leader appointed for at least 12 months, with rotating leadership.</p>\n";
        var today = m.Moment.Today;
        // The days left depend on the clock, so they sit in one marked span: golden files scrub it, nothing else moves.
        var clock = term.Ended ? "the term has ended"
            : today <= term.To ? $"{Plural(term.To.DayNumber - today.DayNumber, "day", "days")} left"
            : $"the planned end passed {Plural(today.DayNumber - term.To.DayNumber, "day", "days")} ago and no handover is recorded";
        return $"<p id=\"leadership\">Leader: <strong>{E(m.PartnerName(term.PartnerId))}</strong>, term {N(term.Number)} from {Time(term.From)} "
            + $"to {Time(term.To)}{(term.Ended ? "" : " (planned end)")}; <span data-clock>{E(clock)}</span>. "
            + (term.Ended ? "" : $"Next handover planned by {Time(term.To)}.") + "</p>\n";
    }
}
