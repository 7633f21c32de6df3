using System.Text.Json;
using Observatory.Domain.Evaluations;
using Observatory.Domain.Feedback;
using Observatory.Domain.Growth;
using Observatory.Domain.Network;
using Observatory.Domain.Recording;
using Observatory.Domain.Serialization;
using Observatory.Host.Dashboard;
using Observatory.Host.Localization;
using Observatory.Projections;
using Observatory.Projections.Feedback;
using Observatory.Projections.Helpline;
using Observatory.Projections.Indicators;
using Observatory.Projections.Participation;
using Observatory.Projections.Periods;
using Observatory.Projections.Recommendations;
using Observatory.Projections.Replay;
using Observatory.Projections.Resources;
using Observatory.Projections.Timeline;
using Observatory.Projections.WorkingGroups;

namespace Observatory.Browser.Tests;

/// <summary>The feedback-loop and trend sections of the dashboard, rendered from facts the report's network lacks.</summary>
public sealed class LoopAndTrendSectionSpecs
{
    private static readonly (string Stream, IDomainEvent Fact)[] Network =
    [
        ("network", new PartnerJoined("bytow", "Municipality of Bytów", Country.Pl, PartnerKind.Municipality, new DateOnly(2022, 1, 1))),
        ("network", new LeadershipTermStarted("bytow", new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31))),
    ];

    [Fact]
    public void Given_a_small_and_a_larger_consultation_the_loop_shows_bands_hides_the_small_ones_languages_and_counts_citing_tasks()
    {
        var model = Model(
        [
            .. Network,
            ("cycle-2023", new TaskPlanned("t1", "Language café", "bytow", new DateOnly(2023, 6, 30))),
            ("cycle-2023", new TaskPlanned("t2", "Housing advice", "bytow", new DateOnly(2023, 9, 30))),
            ("consultation-small", new MigrantConsultationHeld("cycle-2023", ConsultationFormat.Interviews, ParticipantBand.From1To4, ["uk", "ti"],
                [new ConsultationInput("i1", "evening courses")], new DateOnly(2023, 2, 1))),
            ("consultation-large", new MigrantConsultationHeld("cycle-2023", ConsultationFormat.FocusGroup, ParticipantBand.From10To24, ["uk", "ar"],
                [new ConsultationInput("i1", "more advice"), new ConsultationInput("i2", "childcare")], new DateOnly(2023, 3, 1))),
            ("consultation-large", new TaskInputCited("t1", ["i1"])),
        ]);

        var html = FeedbackLoopSection.Render(model, Texts.English);

        Assert.Contains("Consultations held: 2", html, StringComparison.Ordinal);
        Assert.Contains("Participants, at least: 11", html, StringComparison.Ordinal);
        Assert.Contains("Plan tasks citing migrant input: 1 of 2", html, StringComparison.Ordinal);
        Assert.Contains("<td>Focus group</td><td>10–24</td><td>uk, ar</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Interviews</td><td>fewer than 5</td><td>not shown</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">ti<", html, StringComparison.Ordinal);
        Assert.DoesNotContain(", ti", html, StringComparison.Ordinal);
        Assert.Contains("<tr data-indicator=\"migrant-input-to-planning\"><th scope=\"row\">Plan tasks with documented migrant input</th><td class=\"num\">50 %</td>",
            html, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_three_sensitive_cases_their_share_is_withheld_and_they_are_never_listed()
    {
        var model = Model(
        [
            .. Network,
            .. Enumerable.Range(0, 3).Select(i => ($"feedback-s{i}", (IDomainEvent)new MigrantFeedbackRecorded(ContactChannel.Helpline, "bytow", "safety", "uk",
                Sensitive: true, Text: "an account of abuse"))),
            ("feedback-s0", new FeedbackReferred("social-services", ReferralReason.Sensitive)),
        ]);

        var html = FeedbackLoopSection.Render(model, Texts.English);

        Assert.Contains("<tr data-indicator=\"sensitive-referred-within-48h\"><th scope=\"row\">Sensitive cases referred within 48 hours</th><td class=\"num\">fewer than 5</td><td>not shown: fewer than 5 people</td></tr>",
            html, StringComparison.Ordinal);
        Assert.DoesNotContain("safety", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("abuse", html, StringComparison.Ordinal);
        Assert.DoesNotContain("feedback-s", html, StringComparison.Ordinal);
        Assert.Contains("No migrant consultation was held in this period.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_language_renders_the_loop_and_the_trend_with_its_own_words_and_no_missing_key()
    {
        var model = Model([.. Network]);
        foreach (var language in Language.All)
        {
            var t = new Texts(language, TextCatalog.Default);
            var html = FeedbackLoopSection.Render(model, t) + TrendSection.Render(model, t);

            Assert.DoesNotContain("loop.", html, StringComparison.Ordinal);
            Assert.DoesNotContain("trend.", html, StringComparison.Ordinal);
        }
        Assert.Contains("Pętla informacji zwrotnej", FeedbackLoopSection.Render(model, new Texts(Language.Polish, TextCatalog.Default)),
            StringComparison.Ordinal);
    }

    [Fact]
    public void The_loop_texts_have_every_key_in_all_five_languages()
    {
        var english = Keys("en");
        foreach (var code in new[] { "pl", "de", "sv", "lt" })
            Assert.Equal(english, Keys(code));
        Assert.All(english, key => Assert.True(key.StartsWith("loop.", StringComparison.Ordinal) || key.StartsWith("trend.", StringComparison.Ordinal), key));
    }

    [Fact]
    public void Given_two_cycles_with_targets_the_trend_has_a_row_per_cycle_with_value_target_and_attainment_and_a_chart_without_script()
    {
        var model = Model(
        [
            .. Network,
            ("cycle-2022", new IndicatorTargetSet(Indicators.NetworkedMembers, 4, new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31))),
            ("cycle-2022", new IndicatorTargetSet(Indicators.ResourcesSharedOnline, 2, new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31))),
            ("cycle-2023", new IndicatorTargetSet(Indicators.NetworkedMembers, 5, new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31))),
            ("member-1", new MemberNetworked(MemberKind.Organisation, "Library", "bytow", new DateOnly(2022, 3, 1))),
            ("member-2", new MemberNetworked(MemberKind.Organisation, "School", "bytow", new DateOnly(2022, 5, 1))),
            ("member-3", new MemberNetworked(MemberKind.Group, "Choir", "bytow", new DateOnly(2023, 2, 1))),
            ("member-4", new MemberNetworked(MemberKind.Group, "Club", "bytow", new DateOnly(2023, 4, 1))),
        ]);

        var rows = TrendSection.Rows(model, Texts.English);
        var html = TrendSection.Render(model, Texts.English);

        Assert.Equal(["Cycle 2022-01-01 – 2022-12-31", "Cycle 2023-01-01 – 2023-12-31"], rows.Select(r => r.Label));
        Assert.Contains("<th scope=\"row\">Cycle 2022-01-01 – 2022-12-31</th><td class=\"num\" data-indicator=\"networked-members\">2</td><td class=\"num\">4</td><td class=\"num\">50%</td>"
            + "<td class=\"num\" data-indicator=\"resources-shared-online\">0</td><td class=\"num\">2</td><td class=\"num\">0%</td>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Cycle 2023-01-01 – 2023-12-31</th><td class=\"num\" data-indicator=\"networked-members\">4</td><td class=\"num\">5</td><td class=\"num\">80%</td>",
            html, StringComparison.Ordinal);
        Assert.Contains("<svg id=\"trend-chart\"", html, StringComparison.Ordinal);
        Assert.Contains("<title id=\"trend-t\">", html, StringComparison.Ordinal);
        Assert.Contains("<desc id=\"trend-d\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Term 1", html, StringComparison.Ordinal); // the term is the 2022 cycle's span, so it is not shown twice
    }

    [Fact]
    public void Without_any_target_the_trend_shows_the_leadership_terms_and_says_that_no_cycle_set_targets()
    {
        var html = TrendSection.Render(Model([.. Network]), Texts.English);

        Assert.Contains("<th scope=\"row\">Term 1 (Municipality of Bytów)</th>", html, StringComparison.Ordinal);
        Assert.Contains("No cycle has set targets yet", html, StringComparison.Ordinal);
    }

    private static List<string> Keys(string language)
    {
        var path = Path.Combine(Root(), "src", "Observatory.Host", "Localization", "Texts", $"loop.{language}.json");
        return [.. JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path))!.Keys.Order(StringComparer.Ordinal)];
    }

    private static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory.FullName, "Observatory.sln")))
            directory = directory.Parent!;
        return directory.FullName;
    }

    private static DashboardModel Model(IReadOnlyList<(string Stream, IDomainEvent Fact)> facts)
    {
        var versions = new Dictionary<string, long>();
        var events = facts.Select((f, i) => new RecordedEvent(Guid.CreateVersion7(), f.Stream, versions[f.Stream] = versions.GetValueOrDefault(f.Stream) + 1, i + 1,
            new DateTimeOffset(2023, 3, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2023, 3, 2, 0, 0, 0, TimeSpan.Zero), f.Fact)).ToList();
        T Run<T>(Projection<T> p) where T : class => Replays.Run(p, events, AsOf.Now);
        var data = new DashboardData("test-network", "Test network", new Moment(AsOf.Now, events.Count, events.Count, new DateOnly(2023, 12, 31)),
            Run(TimelineProjection.Instance), Run(IndicatorsProjection.Instance), Run(ParticipationProjection.Instance), Run(WorkingGroupsProjection.Instance),
            Run(ResourcesProjection.Instance), Run(HelplineProjection.Instance), Run(RecommendationsProjection.Instance), Run(FeedbackProjection.Instance));
        return DashboardModel.Build(data, Period.CalendarYear(2023), "2023");
    }
}
