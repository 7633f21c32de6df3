using Observatory.Domain.Feedback;
using Observatory.Projections.Roster;

namespace Observatory.Projections.Feedback;

/// <summary>A public response as the person sees it: "you said, we did", with what answered it.</summary>
public sealed record PublicResponse(string Scope, string Response, DateOnly RespondedOn, AnswerLink? AnsweredBy);

/// <summary>
/// What a status token shows, and nothing else: no theme, text, partner or contact, so that whoever finds a token
/// learns only how the loop stands. A sensitive case shows its status but not where it was referred.
/// </summary>
public sealed record FeedbackStatus(string Status, DateOnly ReceivedOn, bool Referred, IReadOnlyList<PublicResponse> Responses, bool Closed);

public static class StatusLookup
{
    /// <summary>The status for a token as the person typed it; null when no feedback carries that token's hash.</summary>
    public static FeedbackStatus? Find(FeedbackState state, string token) =>
        string.IsNullOrWhiteSpace(token) || !state.Tokens.TryGetValue(StatusTokens.Hash(token), out var stream)
            || !state.Cases.TryGetValue(stream, out var record)
            ? null
            : new FeedbackStatus(
                Keys.Of(record.Status),
                DateOnly.FromDateTime(record.ReceivedAt.UtcDateTime),
                record.Referral is not null,
                [.. record.Answers.OrderBy(a => a.At).Select(a =>
                    new PublicResponse(Keys.Of(a.Scope), a.Response, DateOnly.FromDateTime(a.At.UtcDateTime), a.AnsweredBy))],
                record.Closure is not null);
}
