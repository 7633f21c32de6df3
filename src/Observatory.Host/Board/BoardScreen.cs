using Observatory.Host.Dashboard.Forms;
using Observatory.Projections.Board;

namespace Observatory.Host.Board;

/// <summary>
/// Everything the board page shows: the posts that match the query, the reader's forms (when they may record) with
/// the values and errors of a refused post or reply, and the log's head, from which the live push continues.
/// </summary>
public sealed record BoardScreen(
    string Network,
    BoardPage Board,
    BoardQuery Query,
    FormContext Context,
    FormKit.Guard? Guard,
    long Head,
    FormValues PostValues,
    IReadOnlyList<FormError> PostErrors,
    string? FailedReplyStream = null,
    FormValues? ReplyValues = null,
    IReadOnlyList<FormError>? ReplyErrors = null,
    string? Notice = null)
{
    public bool MayRecord => Guard is not null;
}
