using Observatory.Domain.Evaluations;
using Observatory.Domain.Feedback;
using Observatory.Projections.Feedback;
using Observatory.Projections.Periods;
using Observatory.Projections.Replay;

namespace Observatory.Projections.Tests.Feedback;

/// <summary>The loop as the read model sees it: status by token, sensitive cases behind a role, and the four indicators.</summary>
public class LoopSpecs
{
    private static readonly DateTimeOffset Start = new(2023, 1, 9, 10, 0, 0, TimeSpan.Zero);
    private const string Token = "K7Q2-M9XD-4TBW-HR3N";

    private static MigrantFeedbackRecorded Received(bool sensitive = false, string? token = null) =>
        new(ContactChannel.OnlineForm, "bytow", "language courses", "uk", Text: "private words", Type: FeedbackType.Question,
            Sensitive: sensitive, StatusTokenHash: token is null ? null : StatusTokens.Hash(token));

    private static FeedbackState Fold(LoopLog log) => Replays.Run(FeedbackProjection.Instance, log.Events, AsOf.Now);

    [Fact]
    public void The_token_shows_the_status_and_the_public_response_and_nothing_else()
    {
        var log = new LoopLog();
        log.Add("feedback-1", Received(token: Token), Start);
        var before = StatusLookup.Find(Fold(log), "k7q2 m9xd 4tbw hr3n");
        log.Add("feedback-1", new FeedbackResponded(ResponseScope.Collective, "Evening courses start in March.", new AnswerLink("cycle-1", "courses")), Start.AddDays(3));
        var after = StatusLookup.Find(Fold(log), Token)!;

        Assert.Equal(("received", 0), (before!.Status, before.Responses.Count));
        Assert.Equal("responded", after.Status);
        Assert.Equal(new PublicResponse("collective", "Evening courses start in March.", new DateOnly(2023, 1, 12), new AnswerLink("cycle-1", "courses")),
            after.Responses.Single());
        Assert.Null(StatusLookup.Find(Fold(log), "AAAA-BBBB-CCCC-DDDD"));
        Assert.DoesNotContain(Token, ProjectionJson.Serialize(FeedbackProjection.Instance, Fold(log)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_loop_answered_without_a_link_and_closed_without_a_score_round_trips_through_its_document()
    {
        var log = new LoopLog();
        log.Add("feedback-1", Received(token: Token), Start);
        log.Add("feedback-1", new FeedbackResponded(ResponseScope.Individual, "Answered by phone."), Start.AddDays(1));
        log.Add("feedback-1", new FeedbackLoopClosed(), Start.AddDays(2));
        var state = Fold(log);

        var json = ProjectionJson.Serialize(FeedbackProjection.Instance, state);
        var again = ProjectionJson.Serialize(FeedbackProjection.Instance, ProjectionJson.Deserialize(FeedbackProjection.Instance, json));

        Assert.Equal(json, again);
        Assert.Equal("closed", StatusLookup.Find(state, Token)!.Status);
    }

    [Fact]
    public void Sensitive_cases_are_listed_only_for_the_named_role_and_their_text_only_from_the_log()
    {
        var log = new LoopLog();
        log.Add("feedback-s", Received(sensitive: true), Start);
        log.Add("feedback-s", new FeedbackReferred("Crisis intervention centre, Bytów", ReferralReason.Sensitive), Start.AddHours(20));
        var state = Fold(log);

        Assert.Throws<SensitiveCaseAccessDeniedException>(() => SensitiveCases.List(state, FeedbackRoles.None));
        Assert.Throws<SensitiveCaseAccessDeniedException>(() => SensitiveCases.Content(state, "feedback-s", log.Events, FeedbackRoles.None));
        var listed = Assert.Single(SensitiveCases.List(state, FeedbackRoles.SensitiveCaseHandler));
        Assert.Equal(("referred", "Crisis intervention centre, Bytów", (string?)null), (listed.Status, listed.ReferredTo, listed.Text));
        Assert.Equal("private words", SensitiveCases.Content(state, "feedback-s", log.Events, FeedbackRoles.SensitiveCaseHandler)!.Text);
        Assert.DoesNotContain("private words", ProjectionJson.Serialize(FeedbackProjection.Instance, state), StringComparison.Ordinal);
    }

    [Fact]
    public void Loop_closure_counts_answers_within_the_stated_deadline_over_in_scope_feedback_that_is_due()
    {
        var log = new LoopLog();
        log.Add("mechanism", new FeedbackMechanismEstablished(14), Start.AddDays(-30));
        for (var i = 0; i < 6; i++)
        {
            log.Add($"feedback-{i}", Received(), Start.AddDays(i));
            if (i < 4) log.Add($"feedback-{i}", new FeedbackResponded(ResponseScope.Individual, "Answer."), Start.AddDays(i + 2 + (i == 3 ? 20 : 0)));
        }
        log.Add("feedback-out", Received(), Start);
        log.Add("feedback-out", new FeedbackReferred("Tax office", ReferralReason.OutOfScope), Start.AddDays(1));
        var row = FeedbackIndicators.For(Fold(log), Period.Quarter(2023, 1), Start.AddDays(60));

        Assert.Equal(new Share(3, 6, 50.0m, false), row.LoopClosure);
    }

    [Fact]
    public void The_median_response_time_is_suppressed_over_fewer_than_five_answers()
    {
        var log = new LoopLog();
        for (var i = 0; i < 5; i++)
        {
            log.Add($"feedback-{i}", Received(), Start);
            log.Add($"feedback-{i}", new FeedbackResponded(ResponseScope.Individual, "Answer."), Start.AddDays(i + 1));
        }
        var state = Fold(log);

        Assert.Equal(3.0m, FeedbackIndicators.For(state, Period.Quarter(2023, 1), Start.AddDays(60)).MedianResponseDays);
        var early = FeedbackIndicators.For(state, Period.Quarter(2023, 1), Start.AddDays(3.5));
        Assert.Equal((null, true), (early.MedianResponseDays, early.MedianSuppressed));
    }

    [Fact]
    public void Sensitive_cases_referred_within_48_hours_count_by_the_hour()
    {
        var log = new LoopLog();
        for (var i = 0; i < 5; i++)
        {
            log.Add($"feedback-s{i}", Received(sensitive: true), Start);
            log.Add($"feedback-s{i}", new FeedbackReferred("Crisis intervention centre", ReferralReason.Sensitive), Start.AddHours(i == 4 ? 49 : 47));
        }

        Assert.Equal(new Share(4, 5, 80.0m, false), FeedbackIndicators.For(Fold(log), Period.Quarter(2023, 1), Start.AddDays(10)).SensitiveReferredWithin48Hours);
    }

    [Fact]
    public void Migrant_input_to_planning_is_the_share_of_plan_tasks_citing_a_consultation_input_per_quarter()
    {
        var log = new LoopLog();
        log.Add("cycle-1", new EvaluationCycleOpened(new DateOnly(2023, 1, 1), new DateOnly(2024, 1, 1)), Start);
        log.Add("cycle-1", new TaskPlanned("courses", "Evening courses", "bytow", new DateOnly(2023, 3, 1)), Start);
        log.Add("cycle-1", new TaskPlanned("guide", "Country guide", "bytow", new DateOnly(2023, 3, 20)), Start);
        log.Add("cycle-1", new TaskPlanned("visit", "Study visit", "bytow", new DateOnly(2023, 5, 1)), Start);
        log.Add("consultation-1", new MigrantConsultationHeld("cycle-1", ConsultationFormat.FocusGroup, ParticipantBand.From10To24, ["uk"],
            [new ConsultationInput("evening", "Courses after work")], new DateOnly(2023, 1, 5)), Start);
        log.Add("consultation-1", new TaskInputCited("courses", ["evening"]), Start);
        var rows = FeedbackIndicators.ByQuarter(Fold(log), new DateOnly(2023, 1, 1), new DateOnly(2023, 6, 30), Start.AddDays(200));

        Assert.Equal([new Share(1, 2, 50.0m, false), new Share(0, 1, 0.0m, false)], rows.Select(r => r.MigrantInputToPlanning));
        Assert.Equal(["2023-Q1", "2023-Q2"], rows.Select(r => r.Period));
    }

    [Fact]
    public void A_consultation_of_fewer_than_five_shows_its_participants_only_as_suppressed()
    {
        var log = new LoopLog();
        log.Add("consultation-small", new MigrantConsultationHeld("cycle-1", ConsultationFormat.Interviews, ParticipantBand.From1To4, ["ar"],
            [new ConsultationInput("housing", "Rents are too high")], new DateOnly(2023, 2, 1)), Start);
        var summary = ConsultationView.Build(Fold(log));

        Assert.True(summary.Consultations.Single().Participants.Suppressed);
        Assert.True(summary.ParticipantsAtLeast.Suppressed);
    }
}
