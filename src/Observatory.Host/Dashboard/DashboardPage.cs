using System.Text;
using static Observatory.Host.Dashboard.Html;

namespace Observatory.Host.Dashboard;

/// <summary>The network dashboard: a pure function from the model to the whole HTML page.</summary>
public static class DashboardPage
{
    public static string Path(string network) => $"/networks/{Uri.EscapeDataString(network)}";

    /// <param name="notice">A confirmation after a form recorded an entry (already HTML), or empty.</param>
    public static string Render(DashboardModel m, string notice = "")
    {
        var path = Path(m.Data.Network);
        var body = new StringBuilder()
            .Append(Nav(m))
            .Append(notice)
            .Append(MomentSection.Render(m, path))
            .Append(OverviewSection.Render(m))
            .Append(IndicatorSection.Render(m))
            .Append(TrendSection.Render(m, Localization.Texts.English))
            .Append(HeatmapSection.Render(m))
            .Append(ParticipationSection.Render(m))
            .Append(MeetingsSection.Render(m))
            .Append(CoverageSection.Render(m))
            .Append(GroupsSection.Render(m))
            .Append(LibrarySection.Render(m))
            .Append(HelplineSection.Render(m))
            .Append(RecommendationsSection.Render(m))
            .Append(FeedbackLoopSection.Render(m, Localization.Texts.English))
            .Append(FeedbackSection.Render(m));
        var when = m.Moment.IsLive ? "" : " (as of a past moment)";
        return Layout.Page($"{m.Title}: dashboard{when}", m.Title, body.ToString(), $"Network dashboard{when} · {m.Data.Network}");
    }

    private static string Nav(DashboardModel m) =>
        "<nav aria-label=\"Sections\"><ul>"
        + string.Concat(new[] { ("moment-h", "Moment"), ("overview-h", "Overview"), ("indicators-h", "Indicators"), ("timeline-h", "Sharing"),
                ("participation-h", "Participation"), ("meetings-h", "Meetings"), ("coverage-h", "Themes"), ("groups-h", "Working groups"),
                ("library-h", "Library"), ("helpline-h", "Helpline"), ("recommendations-h", "Recommendations"), ("feedback-h", "Feedback") }
            .Select(s => $"<li><a href=\"#{s.Item1}\">{s.Item2}</a></li>"))
        + $"<li><a href=\"{E(PublicPage.Path(m.Data.Network))}\">Public page</a></li></ul></nav>\n"
        + Pages(m.Data.Network);

    /// <summary>The pages beside the dashboard: recording forms, the feedback loop, evaluations and the analyst's comparison.</summary>
    private static string Pages(string network) =>
        "<nav aria-label=\"Pages\" class=\"noprint\"><ul>"
        + string.Concat(new[] { ("record", "Record an entry"), ("feedback", "Feedback loop"), ("evaluations", "Evaluations"), ("changes", "What changed"), ("directory", "Helpline directory"), ("guides", "Country guides"), ("board", "Activity board") }
            .Select(s => $"<li><a href=\"{E(Path(network))}/{s.Item1}\">{s.Item2}</a></li>"))
        + "</ul></nav>\n";
}
