using System.Text;
using Observatory.Host.Dashboard.Forms;
using Observatory.Host.Localization;
using Observatory.Projections.Board;
using static Observatory.Host.Dashboard.Html;

namespace Observatory.Host.Board;

/// <summary>
/// One post as the board shows it, on the page and in the live push alike. Titles, texts and replies are typed by people:
/// every one goes through <see cref="Dashboard.Html.E"/>, and carries its own <c>lang</c>.
/// </summary>
public static class BoardPostHtml
{
    /// <summary>What a post's reply form needs; null where the reader may not record.</summary>
    public sealed record ReplyForm(FormKit.Guard Guard, IReadOnlyList<FormField> Fields, FormValues Values, IReadOnlyList<FormError> Errors);

    public static string Render(Texts t, string network, BoardPost post, int unansweredAfterDays, Func<string, string> partnerName, ReplyForm? reply)
    {
        var id = E(post.Stream);
        var html = new StringBuilder($"<li class=\"post{(post.Unanswered ? " unanswered" : "")}\" id=\"{id}\" data-kind=\"{E(post.Kind)}\">\n")
            .Append($"<article aria-labelledby=\"{id}-title\">\n<h3 id=\"{id}-title\" lang=\"{E(post.Language)}\">{E(post.Title)}</h3>\n")
            .Append($"<p class=\"meta\"><strong class=\"kind\">{E(t.Term("board.kind.", post.Kind))}</strong> · <span class=\"partner\">{E(partnerName(post.PartnerId))}</span>")
            .Append(post.Area is { } area ? $" · <span class=\"area\">{E(t.Term("board.area.", area))}</span>" : "")
            .Append($" · <time datetime=\"{Day(post.On)}\">{E(t.Date(post.On))}</time> · <span class=\"muted\">{E(t.Format("board.post.language", post.Language))}</span></p>\n");
        if (post.Unanswered)
            html.Append($"<p class=\"flag\" id=\"{id}-flag\"><strong>⚑ {E(t.Format("board.unanswered.flag", t.Number(unansweredAfterDays)))}</strong></p>\n");
        html.Append($"<div class=\"text\" lang=\"{E(post.Language)}\">{Paragraphs(post.Body)}</div>\n")
            .Append($"<section class=\"replies\" aria-labelledby=\"{id}-replies\">\n<h4 id=\"{id}-replies\">{E(t.Format("board.replies.heading", t.Number(post.Replies.Count)))}</h4>\n");
        if (post.Replies.Count == 0)
            html.Append($"<p class=\"muted\">{E(t["board.replies.none"])}</p>\n");
        else
        {
            html.Append("<ol>\n");
            foreach (var r in post.Replies)
                html.Append($"<li><p class=\"meta\"><span class=\"partner\">{E(partnerName(r.PartnerId))}</span> · <time datetime=\"{Day(r.On)}\">{E(t.Date(r.On))}</time></p>")
                    .Append($"<div class=\"text\" lang=\"{E(r.Language)}\">{Paragraphs(r.Body)}</div></li>\n");
            html.Append("</ol>\n");
        }
        if (reply is not null)
        {
            var prefix = post.Stream + "-reply-";
            var hidden = $"<input type=\"hidden\" name=\"entry\" value=\"{E(reply.Values["entry"])}\">\n";
            html.Append($"<details class=\"reply\"{(reply.Errors.Count > 0 ? " open" : "")}><summary>{E(t["board.reply.heading"])}</summary>\n")
                .Append(BoardForms.Summary(t, reply.Errors, prefix))
                .Append(BoardForms.Form(t, $"{BoardEndpoints.Path(network)}/posts/{Uri.EscapeDataString(post.Stream)}/replies", reply.Guard, reply.Fields,
                    reply.Values, reply.Errors, t["board.reply.submit"], prefix, hidden))
                .Append("</details>\n");
        }
        return html.Append("</section>\n</article>\n</li>\n").ToString();
    }

    private static string Paragraphs(string text) =>
        string.Concat(text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(p => $"<p>{string.Join("<br>", p.Split('\n').Select(E))}</p>"));
}
