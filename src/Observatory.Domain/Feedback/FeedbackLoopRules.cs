using Observatory.Domain.Deciding;
using Observatory.Domain.Evaluations;
using Observatory.Domain.Recording;

namespace Observatory.Domain.Feedback;

/// <summary>The rules of the loop after receipt: coded against the published frame, referred, answered, closed.</summary>
internal static class FeedbackLoopRules
{
    public static DomainError? Check(FeedbackCase state, IFeedbackEvent fact, FactContext context) => fact switch
    {
        FeedbackCoded coded => Coded(coded, context),
        FeedbackReferred referred => Require.Text(referred.To, "to", "referral-target-required")
            ?? Require.NotAPerson(referred.To, "to")
            ?? Require.Known(referred.Reason, "reason")
            ?? (referred.Reason == ReferralReason.Sensitive && !state.Sensitive
                ? new DomainError("referral-reason-not-sensitive", "only feedback marked sensitive is referred as sensitive", "reason")
                : null)
            ?? (state.Referred ? new DomainError("feedback-already-referred", "this feedback was already referred", "type") : null),
        FeedbackResponded responded => Require.Known(responded.Scope, "scope")
            ?? Require.Text(responded.Response, "response", "response-required", Require.MaxLongText)
            ?? Require.NotAPerson(responded.Response, "response")
            ?? Answer(responded, context),
        FeedbackLoopClosed closed => FeedbackDecider.Rating(closed.Satisfaction, "satisfaction") is { } error
            ? error with { Rule = "satisfaction-out-of-range" }
            : !state.Responded && !state.Referred
                ? new DomainError("loop-closed-without-answer", "a loop closes after a response or a referral", "type")
                : null,
        _ => null,
    };

    private static DomainError? Coded(FeedbackCoded coded, FactContext context)
    {
        var mechanism = context.Ledger.StateOf<MechanismState>(MechanismDecider.Stream) ?? MechanismState.Initial;
        return !mechanism.Frames.TryGetValue(coded.FrameVersion, out var frame)
                ? new DomainError("coding-frame-unknown", $"no coding frame version {coded.FrameVersion} was published", "frameVersion")
            : frame.FirstOrDefault(c => c.Category == coded.Category) is not { } category
                ? new DomainError("code-not-in-frame", $"'{coded.Category}' is not a category of frame version {coded.FrameVersion}", "category")
            : !category.Codes.Contains(coded.Code)
                ? new DomainError("code-not-in-frame", $"'{coded.Code}' is not a code of '{coded.Category}' in frame version {coded.FrameVersion}", "code")
            : null;
    }

    // "You said, we did": a collective answer is only credible when it points at what was done.
    private static DomainError? Answer(FeedbackResponded responded, FactContext context) => responded.AnsweredBy switch
    {
        null => responded.Scope == ResponseScope.Collective
            ? new DomainError("collective-response-needs-link", "a collective response names the plan task or decision that answers it", "answeredBy")
            : null,
        { CycleStream: { } cycle, TaskId: { } task, OutcomeStream: null } =>
            context.Ledger.StateOf<CycleState>(cycle) is { Opened: true } plan && plan.TaskIds.Contains(task)
                ? null
                : new DomainError("task-unknown", $"'{task}' is not a task planned in '{cycle}'", "answeredBy.taskId"),
        { CycleStream: null, TaskId: null, OutcomeStream: { } outcome } =>
            StreamKinds.Find(outcome)?.Name == StreamKinds.Outcome && context.Ledger.StreamVersion(outcome) > 0
                ? null
                : new DomainError("decision-unknown", $"'{outcome}' is not a recorded conclusion or recommendation", "answeredBy.outcomeStream"),
        _ => new DomainError("answer-link-invalid", "give either cycleStream and taskId, or outcomeStream", "answeredBy"),
    };
}
