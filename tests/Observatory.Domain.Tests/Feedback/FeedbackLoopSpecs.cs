using Observatory.Domain.Feedback;
using static Observatory.Domain.Tests.Feedback.LoopHistory;

namespace Observatory.Domain.Tests.Feedback;

/// <summary>Received → coded → referred or responded → closed: each step and the rules that guard it.</summary>
public class FeedbackLoopSpecs
{
    [Fact]
    public void Typed_feedback_needs_no_rating_and_stays_anonymous_with_only_a_token_hash() =>
        Planned().When(Entry, Question).ThenAccepted(Question);

    [Fact]
    public void A_status_token_in_clear_is_refused() =>
        Planned().When(Entry, Question with { StatusTokenHash = "ABCD-EFGH-JKLM-NPQR" }).ThenRefused("status-token-not-hashed", "statusTokenHash");

    [Fact]
    public void The_online_form_is_a_channel() =>
        Assert.Equal("online-form", System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(nameof(ContactChannel.OnlineForm)));

    [Fact]
    public void Feedback_is_coded_with_a_category_and_code_of_a_published_frame() =>
        Received().When(Entry, new FeedbackCoded(1, "information-request", "courses")).ThenAccepted();

    [Fact]
    public void A_frame_version_never_published_is_refused() =>
        Received().When(Entry, new FeedbackCoded(2, "information-request", "courses")).ThenRefused("coding-frame-unknown", "frameVersion");

    [Theory]
    [InlineData("housing", "courses", "category")]
    [InlineData("information-request", "waiting-time", "code")]
    public void A_category_or_code_outside_the_frame_is_refused(string category, string code, string field) =>
        Received().When(Entry, new FeedbackCoded(1, category, code)).ThenRefused("code-not-in-frame", field);

    [Fact]
    public void Coding_before_the_feedback_was_received_is_refused() =>
        Planned().When(Entry, new FeedbackCoded(1, "information-request", "courses")).ThenRefused("stream-must-start-with-creating-event", "type");

    [Fact]
    public void Out_of_scope_feedback_is_referred_to_a_service_named_by_role() =>
        Received().When(Entry, new FeedbackReferred("Labour office, Bytów district", ReferralReason.OutOfScope)).ThenAccepted();

    [Fact]
    public void A_referral_to_a_person_is_refused() =>
        Received().When(Entry, new FeedbackReferred("anna.nowak@example.org", ReferralReason.OutOfScope)).ThenRefused("by-position-not-person", "to");

    [Fact]
    public void Only_sensitive_feedback_is_referred_as_sensitive() =>
        Received().When(Entry, new FeedbackReferred("Police", ReferralReason.Sensitive)).ThenRefused("referral-reason-not-sensitive", "reason");

    [Fact]
    public void Sensitive_feedback_is_referred_as_sensitive_once() =>
        Received(SensitiveComplaint).Given(Entry, new FeedbackReferred("Crisis intervention centre, Bytów", ReferralReason.Sensitive))
            .When(Entry, new FeedbackReferred("Police", ReferralReason.Sensitive)).ThenRefused("feedback-already-referred", "type");

    [Fact]
    public void An_individual_response_needs_no_link() =>
        Received().When(Entry, new FeedbackResponded(ResponseScope.Individual, "Yes, on Tuesdays at 18:00 in the library.")).ThenAccepted();

    [Fact]
    public void A_collective_response_names_what_was_done() =>
        Received().When(Entry, new FeedbackResponded(ResponseScope.Collective, "You asked for evening courses; they start in March."))
            .ThenRefused("collective-response-needs-link", "answeredBy");

    [Fact]
    public void You_said_we_did_links_the_response_to_the_plan_task_that_answers_it() =>
        Received().When(Entry, new FeedbackResponded(ResponseScope.Collective, "You asked for evening courses; they start in March.",
            new AnswerLink(Cycle, TaskId))).ThenAccepted();

    [Fact]
    public void A_response_linked_to_a_task_the_plan_does_not_have_is_refused() =>
        Received().When(Entry, new FeedbackResponded(ResponseScope.Collective, "Done.", new AnswerLink(Cycle, "no-such-task")))
            .ThenRefused("task-unknown", "answeredBy.taskId");

    [Fact]
    public void A_response_linked_to_a_decision_needs_the_decision_recorded() =>
        Received().When(Entry, new FeedbackResponded(ResponseScope.Collective, "Adopted.", new AnswerLink(OutcomeStream: "outcome-2023-1")))
            .ThenRefused("decision-unknown", "answeredBy.outcomeStream");

    [Fact]
    public void A_response_linked_to_a_recorded_recommendation_is_accepted() =>
        Received().Given("outcome-2023-1", new Outcomes.RecommendationAdopted(1, "Offer evening courses"))
            .When(Entry, new FeedbackResponded(ResponseScope.Collective, "Adopted.", new AnswerLink(OutcomeStream: "outcome-2023-1"))).ThenAccepted();

    [Fact]
    public void A_link_naming_both_a_task_and_a_decision_is_refused() =>
        Received().When(Entry, new FeedbackResponded(ResponseScope.Individual, "Both.", new AnswerLink(Cycle, TaskId, "outcome-1")))
            .ThenRefused("answer-link-invalid", "answeredBy");

    [Fact]
    public void The_loop_closes_after_a_response_with_an_optional_satisfaction() =>
        Received().Given(Entry, new FeedbackResponded(ResponseScope.Individual, "Yes, on Tuesdays."))
            .When(Entry, new FeedbackLoopClosed(4)).ThenAccepted(new FeedbackLoopClosed(4));

    [Fact]
    public void The_loop_does_not_close_unanswered() =>
        Received().When(Entry, new FeedbackLoopClosed()).ThenRefused("loop-closed-without-answer", "type");

    [Fact]
    public void Satisfaction_is_from_one_to_five() =>
        Received().Given(Entry, new FeedbackResponded(ResponseScope.Individual, "Yes."))
            .When(Entry, new FeedbackLoopClosed(6)).ThenRefused("satisfaction-out-of-range", "satisfaction");

    [Fact]
    public void Nothing_but_an_erasure_follows_a_closed_loop() =>
        Received().Given(Entry, new FeedbackResponded(ResponseScope.Individual, "Yes.")).Given(Entry, new FeedbackLoopClosed())
            .When(Entry, new FeedbackResponded(ResponseScope.Individual, "Again.")).ThenRefused("feedback-loop-closed", "type");
}
