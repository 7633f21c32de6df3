using System.Text;
using Observatory.Host.Localization;
using Observatory.Projections.Feedback;
using static Observatory.Host.Dashboard.Html;

namespace Observatory.Host.Dashboard;

/// <summary>
/// Migrant feedback, counted only, as <see cref="FeedbackView"/> protects it (DESIGN, privacy): a total under
/// <see cref="FeedbackView.MinimumCell"/> reads "fewer than 5"; a suppressed cell of a breakdown reads "suppressed" (it
/// holds fewer than 5, or was hidden with one so that it cannot be worked out); shown counts are rounded to 5.
/// </summary>
public static class FeedbackSection
{
    public static string Render(DashboardModel m, Texts t, IReadOnlyList<string>? dimensions = null)
    {
        var f = m.Feedback;
        var html = new StringBuilder($"<section aria-labelledby=\"feedback-h\">\n<h2 id=\"feedback-h\">{E(t["feedback.heading"])}</h2>\n")
            .Append($"<p id=\"feedback-total\">{t.Format("feedback.total", $"<strong>{E(Total(f.Total, t))}</strong>")}</p>\n");
        // Only the dashboard mentions sensitive feedback at all; the public page (which passes its dimensions) does not.
        if (dimensions is null && f.Sensitive is { } sensitive)
            html.Append($"<p id=\"feedback-sensitive\">{t.Format("feedback.sensitive", $"<strong>{E(Total(sensitive, t))}</strong>")}</p>\n");
        if (f.Total.Suppressed)
            return html.Append($"<p>{E(t["feedback.too-few"])}</p>\n</section>\n").ToString();
        var shown = f.Breakdowns.Where(b => dimensions?.Contains(b.Dimension) ?? true).ToList();
        if (shown.Count > 0)
            html.Append($"<p class=\"muted\">{E(t["feedback.rounding"])}</p>\n");
        foreach (var b in shown)
        {
            var table = new StringBuilder($"<table id=\"feedback-{E(b.Dimension)}\">\n<caption>{E(t.Term("feedback.by.", b.Dimension))}</caption>\n<thead><tr><th scope=\"col\">{E(t.Term("feedback.dimension.", b.Dimension))}</th><th scope=\"col\" class=\"num\">{E(t["feedback.entries"])}</th></tr></thead>\n<tbody>\n");
            foreach (var c in b.Cells)
                table.Append($"<tr><th scope=\"row\">{E(Cell(m, t, b.Dimension, c.Key))}</th><td class=\"num\">{(c.Suppressed || c.Count is null ? E(t["feedback.suppressed"]) : t.Number(c.Count.Value))}</td></tr>\n");
            html.Append(Scroll(table.Append("</tbody>\n</table>\n").ToString()));
            // The view gives this sum only when it cannot give a cell away (at least two cells holding at least 5 together).
            if (b.SuppressedEntries is > 0 and var hidden)
                html.Append($"<p class=\"muted\">{E(t.Format("feedback.hidden", t.Number(hidden)))}</p>\n");
        }
        return html.Append("</section>\n").ToString();
    }

    private static string Total(FeedbackCell cell, Texts t) => cell.Count is { } count && !cell.Suppressed ? t.Number(count) : t["feedback.fewer-than-5"];

    /// <summary>Partners by name, channels, sentiments and types as translated terms; themes and territories as typed.</summary>
    private static string Cell(DashboardModel m, Texts t, string dimension, string key) => key.StartsWith('(') ? t["common.not-stated"] : dimension switch
    {
        "partner" => m.PartnerName(key),
        "channel" or "sentiment" or "type" => t.Term($"term.{dimension}.", key),
        _ => Words(key),
    };
}
