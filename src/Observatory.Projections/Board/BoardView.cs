using Observatory.Domain.Platform;
using Observatory.Projections.Roster;

namespace Observatory.Projections.Board;

/// <summary>
/// What the board is asked: posts up to <see cref="Today"/> (business days), a question flagged unanswered when it has no
/// reply from another partner and is older than <see cref="UnansweredAfterDays"/>, and optional filters (wire spellings:
/// a partner id, a thematic area such as "labour-market", a kind such as "question").
/// </summary>
public sealed record BoardQuery(DateOnly Today, int UnansweredAfterDays = BoardQuery.DefaultUnansweredAfterDays,
    string? Partner = null, string? Area = null, string? Kind = null)
{
    public const int DefaultUnansweredAfterDays = 14;
}

public sealed record BoardReply(string PartnerId, string Body, string Language, DateOnly On);

/// <summary>One post with its replies, oldest reply first. <see cref="Area"/> and <see cref="Kind"/> are wire spellings.</summary>
public sealed record BoardPost(
    string Stream,
    long Position,
    string PartnerId,
    string Kind,
    string? Area,
    string Language,
    string Title,
    string Body,
    DateOnly On,
    IReadOnlyList<BoardReply> Replies,
    bool Unanswered);

/// <summary>The posts that match, newest first, and how many questions (of all, not only the shown) wait for an answer.</summary>
public sealed record BoardPage(DateOnly Today, int UnansweredAfterDays, IReadOnlyList<BoardPost> Posts, int UnansweredQuestions);

public static class BoardView
{
    public static BoardPage Build(BoardState state, BoardQuery query)
    {
        var replies = state.Replies.Values.Where(r => r.Meta.OccurredOn <= query.Today)
            .GroupBy(r => r.Meta.Stream, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.Meta.OccurredOn).ThenBy(r => r.Meta.Position)
                .Select(r => new BoardReply(r.Fact.PartnerId, r.Fact.Body, r.Fact.Language, r.Meta.OccurredOn)).ToList(),
                StringComparer.Ordinal);
        var all = state.Posts.Values.Where(p => p.Meta.OccurredOn <= query.Today)
            .Select(p =>
            {
                var answers = replies.GetValueOrDefault(p.Meta.Stream) ?? [];
                return new BoardPost(p.Meta.Stream, p.Meta.Position, p.Fact.PartnerId, Keys.Of(p.Fact.Kind),
                    p.Fact.ThematicArea is { } area ? Keys.Of(area) : null, p.Fact.Language, p.Fact.Title, p.Fact.Body, p.Meta.OccurredOn, answers,
                    IsUnanswered(p.Fact, p.Meta.OccurredOn, answers, query));
            })
            .OrderByDescending(p => p.On).ThenByDescending(p => p.Position)
            .ToList();
        return new BoardPage(query.Today, query.UnansweredAfterDays, [.. all.Where(p => Matches(p, query))], all.Count(p => p.Unanswered));
    }

    /// <summary>Whether a single post belongs on a page filtered by <paramref name="query"/> (the live push uses the same test).</summary>
    public static bool Matches(BoardPost post, BoardQuery query) =>
        (string.IsNullOrEmpty(query.Partner) || post.PartnerId == query.Partner)
        && (string.IsNullOrEmpty(query.Area) || post.Area == query.Area)
        && (string.IsNullOrEmpty(query.Kind) || post.Kind == query.Kind);

    public static IReadOnlyList<string> AllKinds { get; } = [.. Enum.GetValues<BoardPostKind>().Select(Keys.Of)];

    // A reply by the asker ("anyone?") answers nothing; a question is open until another partner replies.
    private static bool IsUnanswered(BoardPostPublished post, DateOnly on, IReadOnlyList<BoardReply> replies, BoardQuery query) =>
        post.Kind == BoardPostKind.Question
        && !replies.Any(r => r.PartnerId != post.PartnerId)
        && query.Today.DayNumber - on.DayNumber > query.UnansweredAfterDays;
}
