using System.Collections.Immutable;
using Observatory.Domain.Deciding;
using Observatory.Domain.Growth;
using Observatory.Domain.Network;
using Observatory.Domain.Recording;

namespace Observatory.Domain.Platform;

/// <summary>The report's Part II platform: board posts, helpline requests and country guides.</summary>
public static class PlatformDecider
{
    /// <summary>A request is open until resolved; a guide's review is due after its last publication or review.</summary>
    public sealed record Progress(bool Finished, DateOnly LastDate)
    {
        public static Progress Initial { get; } = new(false, default);
    }

    public static DomainError? Check(IPostEvent fact, FactContext context) => fact switch
    {
        BoardPostPublished post => context.Network.CurrentPartner(post.PartnerId, context.On, "partnerId")
            ?? Require.Text(post.Title, "title", "title-required")
            ?? Require.Text(post.Body, "body", "body-required", Require.MaxLongText)
            ?? Require.Language(post.Language, "language")
            ?? Require.Known(post.Kind, "kind"),
        BoardReplyPosted reply => context.Network.CurrentPartner(reply.PartnerId, context.On, "partnerId")
            ?? Require.Text(reply.Body, "body", "body-required", Require.MaxLongText)
            ?? Require.Language(reply.Language, "language"),
        _ => null,
    };

    public static Progress Evolve(Progress state, IRequestEvent fact) =>
        fact is HelplineRequestResolved ? state with { Finished = true } : state;

    public static DomainError? Check(Progress state, IRequestEvent fact, FactContext context) => fact switch
    {
        HelplineRequestReceived received => context.Network.CurrentPartner(received.PartnerId, context.On, "partnerId")
            ?? Require.Known(received.Channel, "channel")
            ?? Require.Known(received.Topic, "topic")
            ?? Require.Language(received.Language, "language")
            ?? Require.OptionalText(received.Summary, "summary"),
        HelplineRequestReferred referred => StillOpen(state)
            ?? (context.Ledger.StateOf<GrowthDecider.Listing>(referred.SpecialistStream) is { Active: true }
                ? null
                : new DomainError("specialist-not-available", $"'{referred.SpecialistStream}' is not a listed specialist profile", "specialistStream"))
            ?? Require.OptionalText(referred.Note, "note"),
        HelplineRequestResolved resolved => StillOpen(state)
            ?? Require.Known(resolved.Outcome, "outcome")
            ?? (resolved.AnsweredInLanguage is null ? null : Require.Language(resolved.AnsweredInLanguage, "answeredInLanguage"))
            ?? Require.OptionalText(resolved.Note, "note"),
        _ => null,
    };

    public static Progress Evolve(Progress state, IGuideEvent fact) => fact switch
    {
        CountryGuidePublished => state with { LastDate = DateOnly.MinValue },
        CountryGuideReviewed reviewed => state with { LastDate = reviewed.ReviewedOn },
        _ => state,
    };

    public static DomainError? Check(Progress state, IGuideEvent fact, FactContext context) => fact switch
    {
        CountryGuidePublished guide => Require.Known(guide.Country, "country")
            ?? Require.Known(guide.Procedure, "procedure")
            ?? Require.NotEmpty(guide.Languages, "languages", "guide-language-required")
            ?? Require.Each(guide.Languages, "languages", Require.Language)
            ?? Require.NotEmpty(guide.Sources, "sources", "guide-source-required")
            ?? Sources(guide.Sources)
            ?? ReviewAfter(context.On, guide.NextReviewDue)
            ?? Require.OptionalText(guide.Title, "title", Require.MaxShortText)
            ?? Require.OptionalText(guide.Summary, "summary"),
        CountryGuideReviewed review => (review.ReviewedOn >= state.LastDate ? null
                : new DomainError("review-before-last-review", $"the guide was last reviewed on {state.LastDate:yyyy-MM-dd}", "reviewedOn"))
            ?? Sources(review.Sources)
            ?? ReviewAfter(review.ReviewedOn, review.NextReviewDue)
            ?? Require.OptionalText(review.Changes, "changes")
            ?? Require.OptionalText(review.Summary, "summary"),
        _ => null,
    };

    internal static ImmutableHashSet<Type> PostCreatingEvents { get; } = [typeof(BoardPostPublished)];
    internal static ImmutableHashSet<Type> RequestCreatingEvents { get; } = [typeof(HelplineRequestReceived)];
    internal static ImmutableHashSet<Type> GuideCreatingEvents { get; } = [typeof(CountryGuidePublished)];

    private static DomainError? StillOpen(Progress state) =>
        state.Finished ? new DomainError("request-already-resolved", "the request is resolved", null) : null;

    // Sources are citations (a statute, an office's page), so text rather than only links.
    private static DomainError? Sources(IReadOnlyList<string>? sources) =>
        Require.Each(sources, "sources", (source, field) => Require.Text(source, field, "source-required", Require.MaxLongText));

    /// <summary>The next review is due after the day the guide was published or reviewed: a guide is never born overdue.</summary>
    private static DomainError? ReviewAfter(DateOnly on, DateOnly nextReviewDue) =>
        nextReviewDue > on ? null : new DomainError("next-review-not-after-today", $"must be after {on:yyyy-MM-dd}, the day of publication or review", "nextReviewDue");
}
