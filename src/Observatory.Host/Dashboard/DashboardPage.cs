using System.Text;
using Observatory.Host.Localization;
using static Observatory.Host.Dashboard.Html;

namespace Observatory.Host.Dashboard;

/// <summary>The network dashboard: a pure function from the model to the whole HTML page.</summary>
public static class DashboardPage
{
    public static string Path(string network) => $"/networks/{Uri.EscapeDataString(network)}";

    /// <param name="notice">A confirmation after a form recorded an entry (already HTML), or empty.</param>
    public static string Render(DashboardModel m, Texts t, string notice = "")
    {
        var path = Path(m.Data.Network);
        var body = new StringBuilder()
            .Append(Nav(m, t))
            .Append(notice)
            .Append(MomentSection.Render(m, t, path))
            .Append(OverviewSection.Render(m, t))
            .Append(IndicatorSection.Render(m, t))
            .Append(TrendSection.Render(m, t))
            .Append(HeatmapSection.Render(m, t))
            .Append(ParticipationSection.Render(m, t))
            .Append(MeetingsSection.Render(m, t))
            .Append(CoverageSection.Render(m, t))
            .Append(GroupsSection.Render(m, t))
            .Append(LibrarySection.Render(m, t))
            .Append(HelplineSection.Render(m, t))
            .Append(RecommendationsSection.Render(m, t))
            .Append(FeedbackLoopSection.Render(m, t))
            .Append(FeedbackSection.Render(m, t));
        var when = m.Moment.IsLive ? "" : t["dashboard.past-moment"];
        return Layout.Page(t, t.Format("dashboard.title", m.Title, when), m.Title, body.ToString(), t.Format("dashboard.subtitle", when, m.Data.Network));
    }

    // The links' texts are keyed by the section's anchor: "dashboard.nav.moment-h".
    private static string Nav(DashboardModel m, Texts t) =>
        $"<nav aria-label=\"{E(t["dashboard.nav.sections"])}\"><ul>"
        + string.Concat(new[] { "moment-h", "overview-h", "indicators-h", "timeline-h", "participation-h", "meetings-h", "coverage-h", "groups-h",
                "library-h", "helpline-h", "recommendations-h", "feedback-h" }
            .Select(s => $"<li><a href=\"#{s}\">{E(t.Term("dashboard.nav.", s))}</a></li>"))
        + $"<li><a href=\"{E(PublicPage.Path(m.Data.Network))}\">{E(t["dashboard.nav.public-page"])}</a></li></ul></nav>\n"
        + Pages(m.Data.Network, t);

    /// <summary>The pages beside the dashboard: recording forms, the feedback loop, evaluations and the analyst's comparison.</summary>
    private static string Pages(string network, Texts t) =>
        $"<nav aria-label=\"{E(t["dashboard.nav.pages"])}\" class=\"noprint\"><ul>"
        + string.Concat(new[] { "record", "feedback", "evaluations", "changes", "directory", "guides", "board" }
            .Select(s => $"<li><a href=\"{E(Path(network))}/{s}\">{E(t.Term("dashboard.page.", s))}</a></li>"))
        + "</ul></nav>\n";
}
