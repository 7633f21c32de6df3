using System.Text;
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
    public const string Suppressed = "fewer than 5";

    public static string Render(DashboardModel m, IReadOnlyList<string>? dimensions = null)
    {
        var f = m.Feedback;
        var html = new StringBuilder("<section aria-labelledby=\"feedback-h\">\n<h2 id=\"feedback-h\">Migrant feedback</h2>\n")
            .Append($"<p id=\"feedback-total\">Feedback entries in the period: <strong>{Total(f.Total)}</strong>.</p>\n");
        // Only the dashboard mentions sensitive feedback at all; the public page (which passes its dimensions) does not.
        if (dimensions is null && f.Sensitive is { } sensitive)
            html.Append($"<p id=\"feedback-sensitive\">Sensitive feedback, never broken down: <strong>{Total(sensitive)}</strong>.</p>\n");
        if (f.Total.Suppressed)
            return html.Append("<p>Too few entries to show any breakdown.</p>\n</section>\n").ToString();
        var shown = f.Breakdowns.Where(b => dimensions?.Contains(b.Dimension) ?? true).ToList();
        if (shown.Count > 0)
            html.Append("<p class=\"muted\">Counts are rounded to the nearest 5. A suppressed cell holds fewer than 5 entries, or was hidden with one so that it cannot be worked out from the others.</p>\n");
        foreach (var b in shown)
        {
            var table = new StringBuilder($"<table id=\"feedback-{E(b.Dimension)}\">\n<caption>Feedback by {E(b.Dimension)}</caption>\n<thead><tr><th scope=\"col\">{E(Words(b.Dimension))}</th><th scope=\"col\" class=\"num\">Entries</th></tr></thead>\n<tbody>\n");
            foreach (var c in b.Cells)
                table.Append($"<tr><th scope=\"row\">{E(b.Dimension == "partner" ? m.PartnerName(c.Key) : Words(c.Key))}</th><td class=\"num\">{(c.Suppressed || c.Count is null ? "suppressed" : N(c.Count.Value))}</td></tr>\n");
            html.Append(Scroll(table.Append("</tbody>\n</table>\n").ToString()));
            // The view gives this sum only when it cannot give a cell away (at least two cells holding at least 5 together).
            if (b.SuppressedEntries is > 0 and var hidden)
                html.Append($"<p class=\"muted\">About {N(hidden)} entries sit in suppressed cells.</p>\n");
        }
        return html.Append("</section>\n").ToString();
    }

    private static string Total(FeedbackCell cell) => cell.Count is { } count && !cell.Suppressed ? N(count) : Suppressed;
}
