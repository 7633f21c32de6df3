using Observatory.Domain.DeclaredIndicators;
using Observatory.Domain.Evaluations;
using Observatory.Domain.Feedback;
using Observatory.Domain.Growth;
using Observatory.Domain.Outcomes;
using Observatory.Domain.Platform;
using Observatory.Domain.Recording;
using Observatory.Domain.Sharing;
using Observatory.Domain.WorkingGroups;

namespace Observatory.Projections.Tests.Seed;

/// <summary>The seed plus one fact of every kind the seed lacks, so that every table of every projection holds something.</summary>
public static class RichLog
{
    public static readonly DateOnly Day = new(2023, 5, 10);

    public static IReadOnlyList<RecordedEvent> Events { get; } = SeedLog.With(SeedLog.Events,
        ("cycle-2023", new EvaluationCycleOpened(new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31), "First observatory year"), Day),
        ("cycle-2023", new IndicatorTargetSet(Domain.Evaluations.Indicators.NetworkedMembers, 12, new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31)), Day),
        ("group-language-education", new WorkingGroupFormed("Language education", "markaryd", Day, ThematicArea.Education), Day),
        ("group-language-education", new WorkingGroupMemberJoined("taurage", Day.AddDays(5)), Day.AddDays(5)),
        ("group-language-education", new WorkingGroupClosed(Day.AddDays(200), "merged"), Day.AddDays(200)),
        ("specialist-school-counsellor", new SpecialistProfileListed("School counsellor for newcomers", [CompetenceArea.ChildrensEducation], ["pl", "uk"],
            "bytow-municipality", "counselling desk, Primary School No. 5"), Day),
        ("specialist-job-coach", new SpecialistProfileListed("Job coach", [CompetenceArea.ProfessionalActivation], ["sv"], "markaryd", "labour market desk"), Day),
        ("specialist-job-coach", new SpecialistProfileWithdrawn("post vacant"), Day.AddDays(30)),
        ("request-1", new HelplineRequestReceived("bytow-municipality", ContactChannel.Phone, CompetenceArea.ChildrensEducation, "uk", "school place for a child"), Day),
        ("request-1", new HelplineRequestReferred("specialist-school-counsellor"), Day.AddDays(1)),
        ("request-1", new HelplineRequestResolved(RequestOutcome.Answered, AnsweredInLanguage: "uk"), Day.AddDays(3)),
        ("feedback-1", new MigrantFeedbackRecorded(ContactChannel.Survey, "bytow-municipality", "language-courses", "uk", Rating: 4,
            Text: "private words", Territory: "Bytów", Anonymous: false, Consent: true, Contact: new EncryptedContact("c1pher", "key-1")), Day),
        ("post-welcome", new BoardPostPublished("taurage", "Welcome", "Hello partners", "en", ThematicArea.SoftIntegration), Day),
        ("post-welcome", new BoardReplyPosted("frankenberg", "Hello back", "de"), Day.AddDays(1)),
        ("member-stralsund-german-teacher", new MemberLeft(Day.AddDays(10), "moved"), Day.AddDays(10)),
        ("outcome-recommendation-3", new RecommendationFollowedUp("Leadership rotation agreed", FollowUpStatus.InProgress, "markaryd"), Day),
        ("indicator-study-visits", Definitions.StudyVisitsV1, Day),
        ("indicator-study-visits", Definitions.StudyVisitsV2, Day.AddDays(1)),
        ("guide-lt-asylum", new CountryGuidePublished(Domain.Network.Country.Lt, GuideProcedure.Asylum, ["lt", "en"], ["Migracijos departamentas"],
            Day.AddDays(180), "Asylum in Lithuania"), Day),
        ("guide-lt-asylum", new CountryGuideReviewed(Day.AddDays(170), Day.AddDays(350), Changes: "new reception centre address"), Day.AddDays(170)));
}

/// <summary>Two versions of one declared indicator: v2 widens what counts, v1 must still compute as it did.</summary>
public static class Definitions
{
    public static readonly IndicatorDefined StudyVisitsV1 = new("study-visits", 1, "Study visits per year", IndicatorMeasure.Count,
        new EventSelector("meeting-held", new Dictionary<string, IReadOnlyList<string>> { ["kind"] = ["study-visit"] }),
        IndicatorPeriod.CalendarYear, Disaggregations: ["hostPartnerId"]);

    public static readonly IndicatorRedefined StudyVisitsV2 = new("study-visits", 2, "Meetings of the network per year", IndicatorMeasure.Count,
        new EventSelector("meeting-held", new Dictionary<string, IReadOnlyList<string>> { ["kind"] = ["study-visit", "conference"] }),
        IndicatorPeriod.CalendarYear, Disaggregations: ["hostPartnerId"]);
}
