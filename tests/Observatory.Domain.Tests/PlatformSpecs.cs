using Observatory.Domain.Feedback;
using Observatory.Domain.Growth;
using Observatory.Domain.Network;
using Observatory.Domain.Outcomes;
using Observatory.Domain.Platform;
using static Observatory.Domain.Tests.Dates;

namespace Observatory.Domain.Tests;

public class PlatformSpecs
{
    private static readonly CountryGuidePublished PolishGuide = new(Country.Pl, GuideProcedure.TemporaryProtection, ["pl", "uk", "en"],
        ["Act of 12 March 2022 on assistance to citizens of Ukraine"], D(2023, 3, 1), "Temporary protection for people fleeing Ukraine");

    private static Scenario OpenRequest() => Scenario.Network()
        .Given("request-17", new HelplineRequestReceived("bytow", ContactChannel.Form, CompetenceArea.ProfessionalActivation, "uk"));

    [Fact]
    public void A_reply_needs_a_post_to_reply_to() =>
        Scenario.Network().When("post-42", new BoardReplyPosted("markaryd", "We run the same course.", "en"))
            .ThenRefused("stream-must-start-with-creating-event", "type");

    [Fact]
    public void A_reply_follows_a_published_post() =>
        Scenario.Network().Given("post-42", new BoardPostPublished("bytow", "Evening Polish course", "Who has tried evening classes?", "en"))
            .When("post-42", new BoardReplyPosted("markaryd", "We run the same course.", "en")).ThenAccepted();

    [Fact]
    public void A_resolved_request_is_not_resolved_again() =>
        OpenRequest().Given("request-17", new HelplineRequestResolved(RequestOutcome.Answered))
            .When("request-17", new HelplineRequestResolved(RequestOutcome.Unresolved)).ThenRefused("request-already-resolved", null);

    [Fact]
    public void A_request_is_referred_to_a_listed_specialist() =>
        OpenRequest().Given("specialist-job-coach", new SpecialistProfileListed("Job coach", [CompetenceArea.ProfessionalActivation], ["uk"], "bytow", "Labour desk"))
            .When("request-17", new HelplineRequestReferred("specialist-job-coach")).ThenAccepted();

    [Fact]
    public void A_country_guide_lists_languages_and_sources_and_when_it_is_reviewed_next() =>
        Scenario.Network().When("guide-pl-temporary-protection", PolishGuide, D(2022, 9, 1)).ThenAccepted(PolishGuide);

    [Fact]
    public void A_country_guide_without_sources_is_refused() =>
        Scenario.Network().When("guide-pl-temporary-protection", PolishGuide with { Sources = [] }, D(2022, 9, 1))
            .ThenRefused("guide-source-required", "sources");

    [Fact]
    public void A_country_guides_next_review_is_after_the_review() =>
        Scenario.Network().Given("guide-pl", PolishGuide, D(2022, 9, 1))
            .When("guide-pl", new CountryGuideReviewed(D(2023, 3, 1), D(2023, 3, 1))).ThenRefused("next-review-not-after-today", "nextReviewDue");

    [Fact]
    public void Recommendation_numbers_are_unique_in_the_network_but_conclusions_are_numbered_per_meeting()
    {
        var scenario = Scenario.Network()
            .Given("meeting-markaryd", new Meetings.MeetingHeld(Meetings.MeetingKind.StudyVisit, "markaryd", "Labour market", D(2022, 6, 7), D(2022, 6, 9), [], "Markaryd"))
            .Given("meeting-stralsund", new Meetings.MeetingHeld(Meetings.MeetingKind.StudyVisit, "vorpommern-ruegen", "Policies", D(2022, 10, 18), D(2022, 10, 20), [], "Stralsund"))
            .Given("outcome-markaryd-1", new ConclusionAdopted(1, "Integration is a two-way process.", "meeting-markaryd"))
            .Given("outcome-recommendation-9", new RecommendationAdopted(9, "Make the results feelable and visible to society."));

        scenario.When("outcome-stralsund-1", new ConclusionAdopted(1, "Round tables work.", "meeting-stralsund")).ThenAccepted();
        scenario.When("outcome-recommendation-9b", new RecommendationAdopted(9, "Duplicate.")).ThenRefused("outcome-number-not-unique", "number");
    }

    [Fact]
    public void Only_a_recommendation_is_followed_up() =>
        Scenario.Network().Given("outcome-c1", new ConclusionAdopted(1, "Diversity is a social challenge."))
            .When("outcome-c1", new RecommendationFollowedUp("Observatory founded", FollowUpStatus.Done)).ThenRefused("follow-up-needs-recommendation", "type");
}
