using System.Text;
using Microsoft.AspNetCore.Http.Extensions;
using Observatory.Host.Dashboard;
using Observatory.Host.Dashboard.Forms;
using Observatory.Host.Localization;
using Observatory.Projections.Board;
using Observatory.Projections.Timeline;
using static Observatory.Host.Dashboard.Html;

namespace Observatory.Host.Board;

/// <summary>
/// <c>/networks/{network}/board</c>: the filter (a GET form), the new-post form, the posts newest first with their replies,
/// and one small script that adds posts pushed by the server. Without the script the page is complete; it is only not live.
/// </summary>
public static class BoardPageHtml
{
    // Board-only presentation; the shared shell's style sheet stays as it is.
    private const string Style = """
        <style>
        ol.posts{list-style:none;padding:0}ol.posts>li{border:1px solid var(--line);border-radius:.4rem;padding:.4rem 1rem;margin:0 0 1rem}
        ol.posts>li.unanswered{border-left:6px solid var(--warn)}.flag{color:var(--warn);margin:.2rem 0}
        .replies ol{padding-left:1.2rem}.replies h4{font-size:1rem;margin:.8rem 0 .2rem}.meta{margin:.1rem 0;font-size:.95rem}
        </style>
        """;

    // Inserts the server's own HTML (escaped there) and announces the title through textContent, never as markup.
    private const string Script = """
        <script>
        (function () {
          var list = document.getElementById('board-posts');
          var status = document.getElementById('board-live');
          if (!list || !status || !window.EventSource) return;
          status.hidden = false;
          var source = new EventSource(list.getAttribute('data-live'));
          source.onmessage = function (e) {
            var holder = document.createElement('template');
            holder.innerHTML = e.data;
            var post = holder.content.firstElementChild;
            if (!post || !post.id || document.getElementById(post.id)) return;
            list.insertBefore(post, list.firstChild);
            var empty = document.getElementById('board-empty');
            if (empty) empty.remove();
            var title = post.querySelector('h3');
            status.textContent = list.getAttribute('data-arrived').replace('{0}', title ? title.textContent : '');
          };
        })();
        </script>
        """;

    /// <summary>The new post's inputs are "new-title", "new-body", …: the filter above has its own "kind".</summary>
    public const string NewPostPrefix = "new-";

    public static string Render(Texts t, BoardScreen s)
    {
        var network = s.Network;
        var body = new StringBuilder(Style)
            .Append($"<nav aria-label=\"{E(t["board.nav"])}\" class=\"noprint\"><p><a href=\"{E(DashboardPage.Path(network))}\">{E(t["board.back"])}</a></p></nav>\n");
        if (s.Notice is { } notice)
            body.Append($"<p class=\"confirm\" id=\"confirmation\" role=\"status\">{E(notice)}</p>\n");
        body.Append($"<p>{E(t["board.intro"])}</p>\n");
        if (s.Board.UnansweredQuestions > 0)
            body.Append($"<p class=\"flag\" id=\"unanswered-summary\"><strong>⚑ {E(t.Format("board.unanswered.summary", t.Number(s.Board.UnansweredQuestions), t.Number(s.Board.UnansweredAfterDays)))}</strong></p>\n");
        body.Append(Filter(t, s));
        if (s.MayRecord)
            body.Append(NewPost(t, s));
        body.Append($"<h2 id=\"board-posts-h\">{E(t["board.posts.heading"])}</h2>\n")
            .Append($"<p>{E(t.Format("board.posts.count", t.Number(s.Board.Posts.Count)))}</p>\n")
            .Append($"<p id=\"board-live\" class=\"muted noprint\" role=\"status\" hidden>{E(t["board.live.on"])}</p>\n");
        if (s.Board.Posts.Count == 0)
            body.Append($"<p id=\"board-empty\">{E(t["board.posts.empty"])}</p>\n");
        body.Append($"<ol class=\"posts\" id=\"board-posts\" aria-labelledby=\"board-posts-h\" data-live=\"{E(LivePath(s))}\" data-arrived=\"{E(t["board.live.arrived"])}\">\n");
        foreach (var post in s.Board.Posts)
            body.Append(BoardPostHtml.Render(t, network, post, s.Board.UnansweredAfterDays, s.Context.PartnerName, ReplyFor(t, s, post.Stream)));
        body.Append("</ol>\n").Append(Script);
        var errors = s.PostErrors.Count + (s.ReplyErrors?.Count ?? 0);
        return Layout.Page(t, (errors > 0 ? t["board.errors.prefix"] + " " : "") + t["board.title"], t["board.title"], body.ToString(),
            t.Format("board.subtitle", network));
    }

    public static BoardPostHtml.ReplyForm? ReplyFor(Texts t, BoardScreen s, string stream) =>
        s.Guard is not { } guard ? null
        : stream == s.FailedReplyStream && s.ReplyValues is { } values
            ? new(guard, BoardForms.ReplyFields(t, s.Context), values, s.ReplyErrors ?? [])
            : new(guard, BoardForms.ReplyFields(t, s.Context), FreshReply(t), []);

    public static FormValues FreshReply(Texts t) =>
        new([new("entry", Guid.CreateVersion7().ToString()), new("language", t.Language.Code)]);

    public static FormValues FreshPost(Texts t) =>
        new([new("stream", BoardForms.Post.NewStream()), new("entry", Guid.CreateVersion7().ToString()), new("language", t.Language.Code)]);

    private static string Filter(Texts t, BoardScreen s)
    {
        var q = s.Query;
        var html = new StringBuilder($"<h2 id=\"filter-h\">{E(t["board.filter.heading"])}</h2>\n")
            .Append($"<form method=\"get\" action=\"{E(BoardEndpoints.Path(s.Network))}\" aria-labelledby=\"filter-h\" id=\"board-filter\">\n")
            .Append(Select("partner", t["board.filter.partner"], t, q.Partner, s.Context.Partners.Values.Select(p => (p.Id, p.Name))))
            .Append(Select("theme", t["board.filter.theme"], t, q.Area, TimelineView.AllAreas.Select(a => (a, t.Term("board.area.", a)))))
            .Append(Select("kind", t["board.filter.kind"], t, q.Kind, BoardView.AllKinds.Select(k => (k, t.Term("board.kind.", k)))))
            .Append($"<label for=\"days\">{E(t["board.filter.days"])}<input id=\"days\" name=\"days\" type=\"text\" inputmode=\"numeric\" size=\"4\" value=\"{q.UnansweredAfterDays}\"></label>\n")
            .Append($"<button type=\"submit\">{E(t["board.filter.apply"])}</button>\n</form>\n")
            .Append($"<p><a href=\"{E(BoardEndpoints.Path(s.Network))}\">{E(t["board.filter.clear"])}</a></p>\n");
        return html.ToString();
    }

    private static string Select(string name, string label, Texts t, string? chosen, IEnumerable<(string Value, string Label)> options)
    {
        var html = new StringBuilder($"<label for=\"{name}\">{E(label)}<select id=\"{name}\" name=\"{name}\">\n<option value=\"\">{E(t["board.filter.any"])}</option>\n");
        foreach (var (value, text) in options)
            html.Append($"<option value=\"{E(value)}\"{(value == chosen ? " selected" : "")}>{E(text)}</option>\n");
        return html.Append("</select></label>\n").ToString();
    }

    private static string NewPost(Texts t, BoardScreen s)
    {
        var values = s.PostValues;
        var hidden = $"<input type=\"hidden\" name=\"stream\" value=\"{E(values["stream"])}\">\n<input type=\"hidden\" name=\"entry\" value=\"{E(values["entry"])}\">\n";
        var who = s.Context.IsRepresentative ? $"<p>{E(t.Format("board.new.for", s.Context.PartnerName(s.Context.OwnPartner)))}</p>\n" : "";
        return new StringBuilder($"<section id=\"new-post\" aria-labelledby=\"new-post-h\" class=\"noprint\">\n<details{(s.PostErrors.Count > 0 ? " open" : "")}>")
            .Append($"<summary><h2 id=\"new-post-h\" style=\"display:inline;border:0\">{E(t["board.new.heading"])}</h2></summary>\n")
            .Append(BoardForms.Summary(t, s.PostErrors, NewPostPrefix)).Append(who)
            .Append(BoardForms.Form(t, $"{BoardEndpoints.Path(s.Network)}/posts", s.Guard!, BoardForms.PostFields(t, s.Context), values, s.PostErrors,
                t["board.new.submit"], NewPostPrefix, hidden))
            .Append("</details>\n</section>\n").ToString();
    }

    private static string LivePath(BoardScreen s)
    {
        var query = new QueryBuilder { { "after", s.Head.ToString(System.Globalization.CultureInfo.InvariantCulture) } };
        if (s.Query.Partner is { Length: > 0 } partner) query.Add("partner", partner);
        if (s.Query.Area is { Length: > 0 } area) query.Add("theme", area);
        if (s.Query.Kind is { Length: > 0 } kind) query.Add("kind", kind);
        return BoardEndpoints.Path(s.Network) + "/live" + query.ToQueryString();
    }
}
