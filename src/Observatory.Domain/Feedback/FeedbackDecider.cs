using System.Collections.Immutable;
using Observatory.Domain.Deciding;
using Observatory.Domain.Network;
using Observatory.Domain.Recording;

namespace Observatory.Domain.Feedback;

/// <summary>Feedback is about vulnerable people: anonymous unless they consented, contact details only encrypted and only with consent.</summary>
public static class FeedbackDecider
{
    public const int MinRating = 1;
    public const int MaxRating = 5;

    internal static ImmutableHashSet<Type> CreatingEvents { get; } = [typeof(MigrantFeedbackRecorded)];

    public static FeedbackCase Evolve(FeedbackCase state, IFeedbackEvent fact) => FeedbackCase.Evolve(state, fact);

    public static DomainError? Check(FeedbackCase state, IFeedbackEvent fact, FactContext context) => fact switch
    {
        MigrantFeedbackRecorded feedback => Received(feedback, context),
        // An erasure is always possible, even after the loop closed: the person's right outlives the case.
        PersonalDataErased erased => Erasure(state, erased),
        _ when state.Closed => new DomainError("feedback-loop-closed", "the loop of this feedback is closed; record new feedback instead", "type"),
        _ => FeedbackLoopRules.Check(state, fact, context),
    };

    private static DomainError? Received(MigrantFeedbackRecorded feedback, FactContext context) =>
        Require.Known(feedback.Channel, "channel")
            ?? context.Network.CurrentPartner(feedback.PartnerId, context.On, "partnerId")
            ?? Require.Text(feedback.Theme, "theme", "feedback-theme-required")
            ?? Require.Language(feedback.Language, "language")
            ?? (feedback.Type is { } type ? Require.Known(type, "type") : null)
            // A question needs no rating; an entry without a type (the first shape) still needs one or a sentiment.
            ?? (feedback.Type is null && feedback.Rating is null && feedback.Sentiment is null
                ? new DomainError("rating-or-sentiment-required", "give a type, a rating from 1 to 5, a sentiment, or several", "rating")
                : null)
            ?? Rating(feedback.Rating, "rating")
            ?? (feedback.Sentiment is { } sentiment ? Require.Known(sentiment, "sentiment") : null)
            ?? Require.OptionalText(feedback.Text, "text")
            ?? Require.OptionalText(feedback.Territory, "territory")
            ?? StatusTokens.CheckHash(feedback.StatusTokenHash, "statusTokenHash")
            ?? Privacy(feedback);

    internal static DomainError? Rating(int? rating, string field) =>
        rating is null or (>= MinRating and <= MaxRating)
            ? null
            : new DomainError("rating-out-of-range", $"must be from {MinRating} to {MaxRating}", field);

    private static DomainError? Erasure(FeedbackCase state, PersonalDataErased erased) =>
        Require.Text(erased.KeyId, "keyId", "erasure-key-required")
            ?? (state.ContactKeyId != erased.KeyId
                ? new DomainError("erasure-key-unknown", "this feedback holds no contact sealed under that key", "keyId")
                : null)
            ?? (state.ContactErased
                ? new DomainError("personal-data-already-erased", "the contact of this feedback is already erased", "keyId")
                : null);

    private static DomainError? Privacy(MigrantFeedbackRecorded feedback) =>
        !feedback.Anonymous && !feedback.Consent
            ? new DomainError("identified-feedback-needs-consent", "feedback stays anonymous unless the person's consent is recorded", "anonymous")
        : feedback.Contact is null ? null
        : !feedback.Consent
            ? new DomainError("contact-without-consent", "contact details are kept only with the person's consent", "contact")
        : feedback.Anonymous
            ? new DomainError("anonymous-feedback-has-no-contact", "anonymous feedback carries no contact details", "contact")
        : Require.Text(feedback.Contact.Ciphertext, "contact.ciphertext", "contact-not-encrypted", Require.MaxLongText)
            ?? (IsBase64(feedback.Contact.Ciphertext) ? null : new DomainError("contact-not-encrypted", "must be base64 ciphertext", "contact.ciphertext"))
            ?? Require.Text(feedback.Contact.KeyId, "contact.keyId", "contact-key-required");

    private static bool IsBase64(string value) => Convert.TryFromBase64String(value, new byte[value.Length], out _);
}
