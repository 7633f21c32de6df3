using Observatory.Domain.Feedback;

namespace Observatory.Domain.Tests;

public class FeedbackSpecs
{
    private const string Stream = "feedback-2023-0001";

    private static readonly MigrantFeedbackRecorded Anonymous = new(ContactChannel.Survey, "bytow", "language courses", "uk", Rating: 4,
        Text: "The evening course fits my working hours.", Territory: "Bytów");

    private static readonly EncryptedContact Contact = new(Convert.ToBase64String([1, 2, 3, 4, 5, 6, 7, 8]), "key-2023-0001");

    [Fact]
    public void Feedback_is_anonymous_by_default() =>
        Scenario.Network().When(Stream, Anonymous).ThenAccepted(Anonymous);

    [Fact]
    public void A_sentiment_alone_is_enough() =>
        Scenario.Network().When(Stream, Anonymous with { Rating = null, Sentiment = Sentiment.Positive }).ThenAccepted();

    [Fact]
    public void Feedback_has_a_rating_or_a_sentiment() =>
        Scenario.Network().When(Stream, Anonymous with { Rating = null }).ThenRefused("rating-or-sentiment-required", "rating");

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-3)]
    public void A_rating_is_from_one_to_five(int rating) =>
        Scenario.Network().When(Stream, Anonymous with { Rating = rating }).ThenRefused("rating-out-of-range", "rating");

    [Fact]
    public void Identified_feedback_needs_recorded_consent() =>
        Scenario.Network().When(Stream, Anonymous with { Anonymous = false }).ThenRefused("identified-feedback-needs-consent", "anonymous");

    [Fact]
    public void Contact_details_without_consent_are_refused() =>
        Scenario.Network().When(Stream, Anonymous with { Anonymous = false, Contact = Contact }).ThenRefused("identified-feedback-needs-consent", "anonymous");

    [Fact]
    public void Anonymous_feedback_without_consent_carries_no_contact() =>
        Scenario.Network().When(Stream, Anonymous with { Contact = Contact }).ThenRefused("contact-without-consent", "contact");

    [Fact]
    public void Anonymous_feedback_carries_no_contact_even_with_consent() =>
        Scenario.Network().When(Stream, Anonymous with { Consent = true, Contact = Contact }).ThenRefused("anonymous-feedback-has-no-contact", "contact");

    [Fact]
    public void With_consent_contact_details_are_kept_encrypted_under_a_key_id() =>
        Scenario.Network().When(Stream, Anonymous with { Anonymous = false, Consent = true, Contact = Contact }).ThenAccepted();

    [Fact]
    public void Contact_details_in_clear_are_refused() =>
        Scenario.Network().When(Stream, Anonymous with { Anonymous = false, Consent = true, Contact = Contact with { Ciphertext = "olena@example.org" } })
            .ThenRefused("contact-not-encrypted", "contact.ciphertext");

    [Fact]
    public void Feedback_is_recorded_by_a_current_partner() =>
        Scenario.Network().When(Stream, Anonymous with { PartnerId = "nowhere" }).ThenRefused("partner-unknown", "partnerId");
}
