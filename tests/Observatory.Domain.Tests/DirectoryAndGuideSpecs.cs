using Observatory.Domain.Feedback;
using Observatory.Domain.Growth;
using Observatory.Domain.Network;
using Observatory.Domain.Platform;
using Observatory.Domain.Serialization;
using static Observatory.Domain.Tests.Dates;

namespace Observatory.Domain.Tests;

/// <summary>Issue 8: the helpline directory's role addresses, the language of an answer, and country guides' review dates.</summary>
public class DirectoryAndGuideSpecs
{
    private static readonly SpecialistProfileListed Coach = new("Job coach for newcomers", [CompetenceArea.ProfessionalActivation],
        ["sv", "en"], "markaryd", "arbetsmarknad@markaryd.example");

    private static readonly CountryGuidePublished SwedishAsylum = new(Country.Se, GuideProcedure.Asylum, ["sv", "en", "ar"],
        ["Migrationsverket: applying for asylum"], D(2023, 9, 1), "Asylum in Sweden", "Where to apply and what happens next.");

    [Fact]
    public void A_functional_mailbox_is_a_role_address() =>
        Scenario.Network().When("specialist-coach-markaryd", Coach).ThenAccepted(Coach);

    [Theory]
    [InlineData("anna.nowak@bytow.example")]
    [InlineData("Write to a_nowak@bytow.example")]
    public void A_mailbox_named_like_a_person_is_refused_as_a_role_address(string address) =>
        Scenario.Network().When("specialist-coach-markaryd", Coach with { RoleAddress = address })
            .ThenRefused("role-address-personal", "roleAddress");

    [Fact]
    public void A_specialist_speaking_an_unknown_language_code_is_refused() =>
        Scenario.Network().When("specialist-coach-markaryd", Coach with { Languages = ["sv", "swedish"] })
            .ThenRefused("language-code-invalid", "languages[1]");

    [Fact]
    public void A_resolution_records_the_language_the_answer_was_given_in()
    {
        var answered = new HelplineRequestResolved(RequestOutcome.Answered, AnsweredInLanguage: "uk");
        Received().When("request-5", answered).ThenAccepted(answered);
    }

    [Fact]
    public void An_answer_language_that_is_not_an_iso_code_is_refused() =>
        Received().When("request-5", new HelplineRequestResolved(RequestOutcome.Answered, AnsweredInLanguage: "Ukrainian"))
            .ThenRefused("language-code-invalid", "answeredInLanguage");

    [Fact]
    public void A_guide_names_a_known_procedure_with_its_summary() =>
        Scenario.Network().When("guide-se-asylum", SwedishAsylum, D(2023, 3, 1)).ThenAccepted(SwedishAsylum);

    [Fact]
    public void A_guide_whose_next_review_is_due_before_its_publication_is_refused() =>
        Scenario.Network().When("guide-se-asylum", SwedishAsylum with { NextReviewDue = D(2023, 2, 1) }, D(2023, 3, 1))
            .ThenRefused("next-review-not-after-today", "nextReviewDue");

    [Fact]
    public void A_guide_with_an_unknown_procedure_is_refused() =>
        Scenario.Network().When("guide-se-asylum", SwedishAsylum with { Procedure = (GuideProcedure)42 }, D(2023, 3, 1))
            .ThenRefused("value-unknown", "procedure");

    [Fact]
    public void A_guide_in_an_unknown_language_code_is_refused() =>
        Scenario.Network().When("guide-se-asylum", SwedishAsylum with { Languages = ["sv", "Arabic"] }, D(2023, 3, 1))
            .ThenRefused("language-code-invalid", "languages[1]");

    [Fact]
    public void A_review_dated_before_the_last_review_is_refused() =>
        Scenario.Network().Given("guide-se-asylum", SwedishAsylum, D(2023, 3, 1))
            .Given("guide-se-asylum", new CountryGuideReviewed(D(2023, 8, 1), D(2024, 2, 1)))
            .When("guide-se-asylum", new CountryGuideReviewed(D(2023, 7, 1), D(2024, 1, 1)))
            .ThenRefused("review-before-last-review", "reviewedOn");

    [Fact]
    public void A_schema_1_guide_with_a_known_procedure_in_words_reads_as_that_procedure()
    {
        var read = (CountryGuidePublished)EventSerializer.Deserialize("country-guide-published", 1,
            """{"country":"de","procedure":"Family reunification","languages":["de"],"sources":["AufenthG §§ 27-36"],"nextReviewDue":"2024-01-01"}""");

        Assert.Equal((GuideProcedure.FamilyReunification, (string?)null), (read.Procedure, read.Title));
    }

    [Fact]
    public void A_schema_1_guide_with_other_procedure_text_reads_as_other_and_keeps_the_text_as_title()
    {
        var read = (CountryGuidePublished)EventSerializer.Deserialize("country-guide-published", 1,
            """{"country":"pl","procedure":"Temporary protection for people fleeing Ukraine","languages":["pl"],"sources":["Act of 12 March 2022"],"nextReviewDue":"2024-01-01"}""");

        Assert.Equal((GuideProcedure.Other, "Temporary protection for people fleeing Ukraine"), (read.Procedure, read.Title));
    }

    private static Scenario Received() => Scenario.Network()
        .Given("request-5", new HelplineRequestReceived("bytow", ContactChannel.Phone, CompetenceArea.Legal, "uk"));
}
