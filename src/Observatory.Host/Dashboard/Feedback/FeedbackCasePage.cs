using System.Text;
using Observatory.Domain.Feedback;
using Observatory.Host.Dashboard.Forms;
using Observatory.Host.Localization;
using Observatory.Projections.Feedback;
using Observatory.Projections.Roster;
using static Observatory.Host.Dashboard.Html;

namespace Observatory.Host.Dashboard.Feedback;

/// <summary>The list of cases and one case with its answer forms. Sensitive cases are counted, never listed or shown here.</summary>
public static class FeedbackCasePage
{
    /// <summary>One step of the loop a form records: its event type and inputs.</summary>
    public sealed record Step(string Slug, string WireName, string Submit, IReadOnlyList<FormField> Fields);

    public static readonly Step Respond = new("responded", "feedback-responded", "loop.respond.submit",
    [
        new("scope", "form.loop.scope", FieldKind.Choice, Required: true, Options: FormField.Enum<ResponseScope>("term.scope."),
            Hint: "form.loop.scope.hint"),
        new("response", "form.loop.response", FieldKind.LongText, Required: true, Hint: "form.loop.response.hint"),
        new("outcomeStream", "form.loop.outcomeStream", FieldKind.Text, InData: false, Hint: "form.loop.outcomeStream.hint"),
        new("cycleStream", "form.loop.cycleStream", FieldKind.Text, InData: false, Hint: "form.loop.cycleStream.hint"),
        new("taskId", "form.loop.taskId", FieldKind.Text, InData: false),
    ]);

    public static readonly Step Close = new("closed", "feedback-loop-closed", "loop.close",
    [
        new("satisfaction", "form.loop.satisfaction", FieldKind.Number,
            Options: [.. Enumerable.Range(1, 5).Select(i => new FieldOption(Html.N(i), Html.N(i)))]),
    ]);

    public sealed record CaseView(string Network, string Stream, CaseRecord Record, string? Text, bool CanAnswer, string Done);

    /// <summary>"answeredBy.taskId: …" → the task input; "answeredBy: …" → the decision input.</summary>
    public static string? InputOf(string message, Step step) =>
        !message.StartsWith("answeredBy", StringComparison.Ordinal) ? null
        : message.StartsWith("answeredBy.", StringComparison.Ordinal) ? step.Fields.FirstOrDefault(f => message.StartsWith("answeredBy." + f.Name, StringComparison.Ordinal))?.Name
        : "outcomeStream";

    public static string List(string network, FeedbackState state, string? ownPartner, Texts t)
    {
        var visible = state.Cases.Where(c => !c.Value.Facts.Sensitive && (ownPartner is null || c.Value.Facts.PartnerId == ownPartner))
            .OrderByDescending(c => c.Value.ReceivedAt).ToList();
        var sensitive = state.Cases.Count(c => c.Value.Facts.Sensitive);
        var html = new StringBuilder(Back(network, t))
            .Append(ownPartner is null ? $"<p>{E(t["loop.whole-network"])}</p>\n" : $"<p>{t.Format("loop.own-territory", $"<strong>{E(ownPartner)}</strong>")}</p>\n")
            .Append($"<p id=\"sensitive-total\">{E(t.Plural("loop.sensitive-count", sensitive))}</p>\n");
        if (visible.Count == 0)
            return Page(t["dashboard.page.feedback"], html.Append($"<p>{E(t["loop.cases.none"])}</p>\n").ToString(), network, t);
        html.Append($"<table id=\"feedback-cases\">\n<caption>{E(t["loop.cases.caption"])}</caption>\n<thead><tr><th scope=\"col\">{E(t["loop.received"])}</th><th scope=\"col\">{E(t["common.partner"])}</th><th scope=\"col\">{E(t["loop.type"])}</th><th scope=\"col\">{E(t["meetings.theme"])}</th><th scope=\"col\">{E(t["common.status"])}</th></tr></thead>\n<tbody>\n");
        foreach (var (stream, r) in visible)
            html.Append($"<tr data-stream=\"{E(stream)}\"><td><a href=\"{E(CasePath(network, stream))}\">{E(t.Date(DateOnly.FromDateTime(r.ReceivedAt.UtcDateTime)))}</a></td>")
                .Append($"<td>{E(r.Facts.PartnerId)}</td><td>{E(r.Facts.Type is { } type ? t.Term("term.type.", Keys.Of(type)) : "—")}</td><td>{E(r.Facts.Theme)}</td><td>{E(t.Term("term.case-status.", Keys.Of(r.Status)))}</td></tr>\n");
        return Page(t["dashboard.page.feedback"], html.Append("</tbody>\n</table>\n").ToString(), network, t);
    }

    public static string Case(CaseView v, FormValues values, IReadOnlyList<FormError> errors, FormKit.Guard guard, Texts t)
    {
        var html = new StringBuilder(Back(v.Network, t));
        if (v.Record.Facts.Sensitive)
            return Page(t["loop.sensitive.title"], html.Append($"<p role=\"alert\">{E(t["loop.sensitive.text"])}</p>\n").ToString(), v.Network, t);
        if (v.Done is "responded" or "closed")
            html.Append($"<p class=\"confirm\" id=\"confirmation\" role=\"status\">{t.Format("loop.recorded", $"<strong>{E(t.Term("term.case-status.", Keys.Of(v.Record.Status)))}</strong>")}</p>\n");
        html.Append(FormKit.Summary(t, errors, [.. Respond.Fields, .. Close.Fields])).Append(Facts(v, t));
        if (!v.CanAnswer || v.Record.Closure is not null)
            return Page(t["loop.case"], html.ToString(), v.Network, t);
        var action = CasePath(v.Network, v.Stream);
        html.Append($"<section aria-labelledby=\"respond-h\">\n<h2 id=\"respond-h\">{E(t["loop.respond"])}</h2>\n")
            .Append(FormKit.Form(t, $"{action}/respond", guard, Respond.Fields, values, errors.Where(e => Respond.Fields.Any(f => f.Name == e.Input)).ToList(), Respond.Submit))
            .Append("</section>\n");
        if (v.Record.Answers.Count > 0 || v.Record.Referral is not null)
            html.Append($"<section aria-labelledby=\"close-h\">\n<h2 id=\"close-h\">{E(t["loop.close"])}</h2>\n")
                .Append(FormKit.Form(t, $"{action}/close", guard, Close.Fields, values, errors.Where(e => e.Input == "satisfaction").ToList(), Close.Submit))
                .Append("</section>\n");
        return Page((errors.Count > 0 ? t["forms.error"] + " " : "") + t["loop.case"], html.ToString(), v.Network, t);
    }

    private static string Facts(CaseView v, Texts t)
    {
        var r = v.Record;
        var f = r.Facts;
        var contact = r.HasContact ? (r.ContactErased ? t["loop.contact.erased"] : t["loop.contact.sealed"]) : t["loop.contact.anonymous"];
        var html = new StringBuilder("<dl id=\"case\">\n")
            .Append($"<dt>{E(t["loop.received"])}</dt><dd>{t.Format("loop.through", Time(t, DateOnly.FromDateTime(r.ReceivedAt.UtcDateTime)), E(t.Term("term.channel.", Keys.Of(f.Channel))))}</dd>\n")
            .Append($"<dt>{E(t["common.partner"])}</dt><dd>{E(f.PartnerId)}</dd>\n<dt>{E(t["loop.type"])}</dt><dd>{E(f.Type is { } type ? t.Term("term.type.", Keys.Of(type)) : "—")}</dd>\n")
            .Append($"<dt>{E(t["meetings.theme"])}</dt><dd>{E(f.Theme)}</dd>\n<dt>{E(t["common.language"])}</dt><dd>{E(f.Language)}</dd>\n")
            .Append($"<dt>{E(t["loop.rating"])}</dt><dd>{(f.Rating is { } rating ? t.Number(rating) : "—")}</dd>\n")
            .Append($"<dt>{E(t["loop.contact"])}</dt><dd>{E(contact)}</dd>\n")
            .Append($"<dt>{E(t["common.status"])}</dt><dd id=\"case-status\">{E(t.Term("term.case-status.", Keys.Of(r.Status)))}</dd>\n</dl>\n");
        if (v.Text is not null)
            html.Append($"<h2>{E(t["loop.what-was-said"])}</h2>\n<blockquote id=\"case-text\">{E(v.Text)}</blockquote>\n");
        if (r.Answers.Count > 0)
        {
            html.Append($"<h2>{E(t["loop.responses"])}</h2>\n<ul id=\"case-responses\">\n");
            foreach (var a in r.Answers)
                html.Append($"<li>{Time(t, DateOnly.FromDateTime(a.At.UtcDateTime))} ({E(t.Term("term.scope.", Keys.Of(a.Scope)))}): {E(a.Response)}</li>\n");
            html.Append("</ul>\n");
        }
        return html.ToString();
    }

    private static string CasePath(string network, string stream) => $"{DashboardPage.Path(network)}/feedback/{Uri.EscapeDataString(stream)}";

    private static string Back(string network, Texts t) =>
        $"<nav aria-label=\"{E(t["forms.back"])}\"><p><a href=\"{E(DashboardPage.Path(network))}\">{E(t["forms.back-to-dashboard"])}</a> · <a href=\"{E(DashboardPage.Path(network))}/feedback\">{E(t["loop.all"])}</a></p></nav>\n";

    private static string Page(string title, string body, string network, Texts t) => Layout.Page(t, title, title, body, t.Format("loop.subtitle", network));
}
