using Observatory.Domain.Feedback;
using Observatory.Domain.Network;
using Observatory.Domain.Recording;
using Observatory.Domain.Serialization;
using Observatory.Domain.Sharing;
using Observatory.Host.Dashboard;
using Observatory.Host.Localization;
using Observatory.Projections;
using Observatory.Projections.Periods;
using Observatory.Projections.Replay;
using Observatory.Projections.Feedback;
using Observatory.Projections.Helpline;
using Observatory.Projections.Indicators;
using Observatory.Projections.Participation;
using Observatory.Projections.Recommendations;
using Observatory.Projections.Resources;
using Observatory.Projections.Timeline;
using Observatory.Projections.WorkingGroups;

namespace Observatory.Browser.Tests;

/// <summary>The pure renderers on facts the report's network lacks: feedback with small cells, and markup typed into entries.</summary>
public sealed class RendererSpecs
{
    private const string FreeText = "The language course helped my daughter";

    [Fact]
    public void Small_feedback_cells_read_suppressed_and_the_public_page_shows_only_the_total()
    {
        // 10 + 6 + 2: the 2 is suppressed, and the 6 with it, so the sum of suppressed cells gives neither away.
        var model = Model([
            Joined("bytow", "Municipality of Bytów"),
            .. Enumerable.Range(0, 10).Select(_ => Feedback("language-courses")),
            .. Enumerable.Range(0, 6).Select(_ => Feedback("housing")),
            Feedback("health"), Feedback("health")]);

        var dashboard = DashboardPage.Render(model, Texts.English);
        var publicPage = PublicPage.Render(model, Texts.English);

        Assert.Contains("Feedback entries in the period: <strong>20</strong>", dashboard, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Language courses</th><td class=\"num\">10</td>", dashboard, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Health</th><td class=\"num\">suppressed</td>", dashboard, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Housing</th><td class=\"num\">suppressed</td>", dashboard, StringComparison.Ordinal);
        Assert.Contains("About 10 entries sit in suppressed cells", dashboard, StringComparison.Ordinal);
        Assert.Contains("Feedback entries in the period: <strong>20</strong>", publicPage, StringComparison.Ordinal);
        Assert.DoesNotContain("feedback-theme", publicPage, StringComparison.Ordinal);
        Assert.DoesNotContain("suppressed cells", publicPage, StringComparison.Ordinal);
        Assert.DoesNotContain(FreeText, dashboard + publicPage, StringComparison.Ordinal);
    }

    [Fact]
    public void With_fewer_than_five_entries_in_all_not_even_the_suppressed_total_is_shown()
    {
        var html = DashboardPage.Render(Model([Joined("bytow", "Bytów"), Feedback("housing"), Feedback("housing")]), Texts.English);

        Assert.Contains("Feedback entries in the period: <strong>fewer than 5</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("suppressed cells", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markup_typed_into_an_entry_is_shown_as_text()
    {
        var html = DashboardPage.Render(Model([Joined("bytow", "Municipality of <b>Bytów</b>")]), Texts.English);

        Assert.Contains("Municipality of &lt;b&gt;Bytów&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Bytów</b>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_list_shows_its_most_recent_entries_and_says_how_many_there_are()
    {
        var model = Model([
            Joined("bytow", "Bytów"),
            .. Enumerable.Range(1, Html.ListLimit + 10).Select(i => new PracticeShared($"Practice {i:D3}", [ThematicArea.Education], "bytow"))]);

        var html = DashboardPage.Render(model, Texts.English);

        var practices = html[html.IndexOf("<table id=\"practices\">", StringComparison.Ordinal)..];
        practices = practices[..practices.IndexOf("</table>", StringComparison.Ordinal)];
        Assert.Equal(Html.ListLimit, practices.Split("<th scope=\"row\">").Length - 1);
        Assert.DoesNotContain("Practice 010<", practices, StringComparison.Ordinal);
        Assert.Contains("Practice 011<", practices, StringComparison.Ordinal);
        Assert.Contains("Practice 060<", practices, StringComparison.Ordinal);
        Assert.Contains("<p class=\"muted\">The 50 most recent of 60 are listed.</p>", html, StringComparison.Ordinal);
    }

    private static DashboardModel Model(IReadOnlyList<IDomainEvent> facts)
    {
        var events = facts.Select((fact, i) => new RecordedEvent(Guid.CreateVersion7(), fact is PartnerJoined ? "network" : $"feedback-{i}", 1, i + 1,
            new DateTimeOffset(2023, 3, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2023, 3, 2, 0, 0, 0, TimeSpan.Zero), fact)).ToList();
        T Run<T>(Projection<T> p) where T : class => Replays.Run(p, events, AsOf.Now);
        var data = new DashboardData("test-network", "Test network", new Moment(AsOf.Now, events.Count, events.Count, new DateOnly(2023, 12, 31)),
            Run(TimelineProjection.Instance), Run(IndicatorsProjection.Instance), Run(ParticipationProjection.Instance), Run(WorkingGroupsProjection.Instance),
            Run(ResourcesProjection.Instance), Run(HelplineProjection.Instance), Run(RecommendationsProjection.Instance), Run(FeedbackProjection.Instance));
        return DashboardModel.Build(data, Period.CalendarYear(2023), "2023");
    }

    private static PartnerJoined Joined(string id, string name) => new(id, name, Country.Pl, PartnerKind.Municipality, new DateOnly(2023, 1, 1));

    private static MigrantFeedbackRecorded Feedback(string theme) =>
        new(ContactChannel.Survey, "bytow", theme, "pl", Rating: 4, Text: FreeText);
}
