using System.Text;
using Observatory.Domain.Feedback;
using Observatory.Host.Dashboard.Forms;
using Observatory.Projections.Feedback;
using Observatory.Projections.Roster;
using static Observatory.Host.Dashboard.Html;

namespace Observatory.Host.Dashboard.Feedback;

/// <summary>The list of cases and one case with its answer forms. Sensitive cases are counted, never listed or shown here.</summary>
public static class FeedbackCasePage
{
    /// <summary>One step of the loop a form records: its event type and inputs.</summary>
    public sealed record Step(string Slug, string WireName, string Submit, IReadOnlyList<FormField> Fields);

    public static readonly Step Respond = new("responded", "feedback-responded", "Record the response",
    [
        new("scope", "Scope", FieldKind.Choice, Required: true, Options: FormField.Enum<ResponseScope>(),
            Hint: "Individual: this person's feedback. Collective: one answer to many (\"you said, we did\"), which names what answers it."),
        new("response", "Response", FieldKind.LongText, Required: true, Hint: "Shown to whoever holds the status token: name nobody."),
        new("outcomeStream", "Answered by the decision", FieldKind.Text, InData: false, Hint: "A conclusion or recommendation stream, e.g. outcome-recommendation-3."),
        new("cycleStream", "Or by the plan", FieldKind.Text, InData: false, Hint: "A cycle stream, with the task below."),
        new("taskId", "Task of that plan", FieldKind.Text, InData: false),
    ]);

    public static readonly Step Close = new("closed", "feedback-loop-closed", "Close the loop",
    [
        new("satisfaction", "Satisfaction, if the person said", FieldKind.Number,
            Options: [.. Enumerable.Range(1, 5).Select(i => new FieldOption(Html.N(i), Html.N(i)))]),
    ]);

    public sealed record CaseView(string Network, string Stream, CaseRecord Record, string? Text, bool CanAnswer, string Done);

    /// <summary>"answeredBy.taskId: …" → the task input; "answeredBy: …" → the decision input.</summary>
    public static string? InputOf(string message, Step step) =>
        !message.StartsWith("answeredBy", StringComparison.Ordinal) ? null
        : message.StartsWith("answeredBy.", StringComparison.Ordinal) ? step.Fields.FirstOrDefault(f => message.StartsWith("answeredBy." + f.Name, StringComparison.Ordinal))?.Name
        : "outcomeStream";

    public static string List(string network, FeedbackState state, string? ownPartner)
    {
        var visible = state.Cases.Where(c => !c.Value.Facts.Sensitive && (ownPartner is null || c.Value.Facts.PartnerId == ownPartner))
            .OrderByDescending(c => c.Value.ReceivedAt).ToList();
        var sensitive = state.Cases.Count(c => c.Value.Facts.Sensitive);
        var html = new StringBuilder(Back(network))
            .Append(ownPartner is null ? "<p>Feedback of the whole network.</p>\n" : $"<p>Feedback from the territory of <strong>{E(ownPartner)}</strong>, which you answer.</p>\n")
            .Append($"<p id=\"sensitive-total\">{E(Plural(sensitive, "sensitive case is", "sensitive cases are"))} handled by the role named for them and not listed here.</p>\n");
        if (visible.Count == 0)
            return Page("Feedback loop", html.Append("<p>No feedback to answer.</p>\n").ToString(), network);
        html.Append("<table id=\"feedback-cases\">\n<caption>Feedback received, newest first</caption>\n<thead><tr><th scope=\"col\">Received</th><th scope=\"col\">Partner</th><th scope=\"col\">Type</th><th scope=\"col\">Theme</th><th scope=\"col\">Status</th></tr></thead>\n<tbody>\n");
        foreach (var (stream, r) in visible)
            html.Append($"<tr data-stream=\"{E(stream)}\"><td><a href=\"{E(CasePath(network, stream))}\">{Day(DateOnly.FromDateTime(r.ReceivedAt.UtcDateTime))}</a></td>")
                .Append($"<td>{E(r.Facts.PartnerId)}</td><td>{E(r.Facts.Type is { } t ? Keys.Of(t) : "—")}</td><td>{E(r.Facts.Theme)}</td><td>{E(Keys.Of(r.Status))}</td></tr>\n");
        return Page("Feedback loop", html.Append("</tbody>\n</table>\n").ToString(), network);
    }

    public static string Case(CaseView v, FormValues values, IReadOnlyList<FormError> errors, FormKit.Guard guard)
    {
        var html = new StringBuilder(Back(v.Network));
        if (v.Record.Facts.Sensitive)
            return Page("Sensitive feedback", html.Append("<p role=\"alert\">This feedback is marked sensitive. Only the role named for sensitive cases reads it.</p>\n").ToString(), v.Network);
        if (v.Done is "responded" or "closed")
            html.Append($"<p class=\"confirm\" id=\"confirmation\" role=\"status\">Recorded: the loop is now <strong>{E(Keys.Of(v.Record.Status))}</strong>. The person sees it with their status token.</p>\n");
        html.Append(FormKit.Summary(errors)).Append(Facts(v));
        if (!v.CanAnswer || v.Record.Closure is not null)
            return Page("Feedback", html.ToString(), v.Network);
        var action = CasePath(v.Network, v.Stream);
        html.Append("<section aria-labelledby=\"respond-h\">\n<h2 id=\"respond-h\">Respond</h2>\n")
            .Append(FormKit.Form($"{action}/respond", guard, Respond.Fields, values, errors.Where(e => Respond.Fields.Any(f => f.Name == e.Input)).ToList(), Respond.Submit))
            .Append("</section>\n");
        if (v.Record.Answers.Count > 0 || v.Record.Referral is not null)
            html.Append("<section aria-labelledby=\"close-h\">\n<h2 id=\"close-h\">Close the loop</h2>\n")
                .Append(FormKit.Form($"{action}/close", guard, Close.Fields, values, errors.Where(e => e.Input == "satisfaction").ToList(), Close.Submit))
                .Append("</section>\n");
        return Page((errors.Count > 0 ? "Error: " : "") + "Feedback", html.ToString(), v.Network);
    }

    private static string Facts(CaseView v)
    {
        var r = v.Record;
        var f = r.Facts;
        var html = new StringBuilder("<dl id=\"case\">\n")
            .Append($"<dt>Received</dt><dd>{Time(DateOnly.FromDateTime(r.ReceivedAt.UtcDateTime))} through {E(Keys.Of(f.Channel))}</dd>\n")
            .Append($"<dt>Partner</dt><dd>{E(f.PartnerId)}</dd>\n<dt>Type</dt><dd>{E(f.Type is { } t ? Keys.Of(t) : "—")}</dd>\n")
            .Append($"<dt>Theme</dt><dd>{E(f.Theme)}</dd>\n<dt>Language</dt><dd>{E(f.Language)}</dd>\n")
            .Append($"<dt>Rating</dt><dd>{(f.Rating is { } rating ? N(rating) : "—")}</dd>\n")
            .Append($"<dt>Contact</dt><dd>{(r.HasContact ? (r.ContactErased ? "[erased]" : "given with consent (sealed; not shown here)") : "anonymous")}</dd>\n")
            .Append($"<dt>Status</dt><dd id=\"case-status\">{E(Keys.Of(r.Status))}</dd>\n</dl>\n");
        if (v.Text is not null)
            html.Append($"<h2>What was said</h2>\n<blockquote id=\"case-text\">{E(v.Text)}</blockquote>\n");
        if (r.Answers.Count > 0)
        {
            html.Append("<h2>Responses</h2>\n<ul id=\"case-responses\">\n");
            foreach (var a in r.Answers)
                html.Append($"<li>{Time(DateOnly.FromDateTime(a.At.UtcDateTime))} ({E(Keys.Of(a.Scope))}): {E(a.Response)}</li>\n");
            html.Append("</ul>\n");
        }
        return html.ToString();
    }

    private static string CasePath(string network, string stream) => $"{DashboardPage.Path(network)}/feedback/{Uri.EscapeDataString(stream)}";

    private static string Back(string network) =>
        $"<nav aria-label=\"Back\"><p><a href=\"{E(DashboardPage.Path(network))}\">Back to the dashboard</a> · <a href=\"{E(DashboardPage.Path(network))}/feedback\">All feedback</a></p></nav>\n";

    private static string Page(string title, string body, string network) => Layout.Page(title, title, body, $"Feedback loop · {network}");
}
