using Observatory.Domain.Corrections;
using Observatory.Domain.Platform;
using Observatory.Domain.Recording;
using Observatory.Projections.Facts;

namespace Observatory.Projections.Board;

/// <summary>The activity board's posts and replies as now known: corrections applied, retractions gone.</summary>
public sealed record BoardState(EntryTable<BoardPostPublished> Posts, EntryTable<BoardReplyPosted> Replies)
{
    public static BoardState Initial { get; } = new(Tables.Empty<BoardPostPublished>(), Tables.Empty<BoardReplyPosted>());
}

public sealed class BoardProjection : Projection<BoardState>
{
    public static BoardProjection Instance { get; } = new();

    public override string Name => "board";
    public override int Version => 1;
    public override BoardState Initial => BoardState.Initial;

    public override BoardState Apply(BoardState state, RecordedEvent recorded) => recorded.Event switch
    {
        BoardPostPublished e => state with { Posts = state.Posts.Put(recorded, e) },
        BoardReplyPosted e => state with { Replies = state.Replies.Put(recorded, e) },
        ICorrectionEvent c => state.Posts.Mend(c) is { } posts ? state with { Posts = posts }
            : state.Replies.Mend(c) is { } replies ? state with { Replies = replies }
            : state,
        _ => state,
    };
}
