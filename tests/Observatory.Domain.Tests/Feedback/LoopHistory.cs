using Observatory.Domain.Evaluations;
using Observatory.Domain.Feedback;
using Observatory.Domain.Network;
using static Observatory.Domain.Tests.Dates;

namespace Observatory.Domain.Tests.Feedback;

/// <summary>A network with Bytów leading, a plan with one task, a published coding frame and a response deadline.</summary>
internal static class LoopHistory
{
    public const string Entry = "feedback-2023-0042";
    public const string Cycle = "cycle-2022-23";
    public const string TaskId = "evening-courses";

    public static readonly MigrantFeedbackRecorded Question = new(ContactChannel.OnlineForm, "bytow", "language courses", "uk",
        Text: "Is there an evening course?", Territory: "Bytów", Type: FeedbackType.Question,
        StatusTokenHash: StatusTokens.Hash("ABCD-EFGH-JKLM-NPQR"));

    public static readonly MigrantFeedbackRecorded SensitiveComplaint = Question with
    {
        Channel = ContactChannel.Helpline, Type = FeedbackType.Complaint, Theme = "safety at work", Sensitive = true, Text = "what happened",
    };

    public static readonly EncryptedContact Contact = new(Convert.ToBase64String([9, 8, 7, 6, 5, 4, 3, 2, 1]), "pk-0001");

    public static readonly CodingFramePublished FrameV1 = new(1,
    [
        new CodingCategory("information-request", ["courses", "documents"]),
        new CodingCategory("service-quality", ["waiting-time", "staff-attitude"]),
    ]);

    public static Scenario Planned() =>
        Scenario.Network()
            .Given(new StartLeadershipTerm("bytow", D(2022, 9, 1), D(2023, 9, 1), Scenario.Now))
            .Given(new OpenEvaluationCycle("2022-23", Scenario.Now))
            .Given(new PlanTask("2022-23", TaskId, "Evening language courses", "bytow", D(2023, 3, 1), Scenario.Now))
            .Given("mechanism", new FeedbackMechanismEstablished(30))
            .Given("mechanism", FrameV1);

    public static Scenario Received(MigrantFeedbackRecorded? feedback = null) =>
        Planned().Given(Entry, feedback ?? Question, D(2022, 10, 3));
}
