using System.Text;
using Observatory.Host.Localization;
using Observatory.Projections.Feedback;
using static Observatory.Host.Dashboard.Html;

namespace Observatory.Host.Dashboard;

/// <summary>
/// Whether migrants hear back: the four loop indicators of the period (<see cref="FeedbackIndicators"/>, as the
/// evaluation computes them) and the migrant consultations held in it (<see cref="ConsultationView"/>). A share over
/// fewer than 5 people and a consultation band of 1–4 read "fewer than 5"; sensitive cases appear only in one share,
/// never broken down; a small consultation's languages are withheld, since they could single its participants out.
/// </summary>
public static class FeedbackLoopSection
{
    public static string Render(DashboardModel m, Texts t)
    {
        ArgumentNullException.ThrowIfNull(m);
        ArgumentNullException.ThrowIfNull(t);
        var period = MomentSection.PeriodLabel(m, t);
        // Judged at the end of the last day the page looks at, as the evaluation judges at its period's end: a pure function of the moment.
        var row = FeedbackIndicators.For(m.Data.Feedback, m.Period, new DateTimeOffset(m.ViewDay.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero));
        var html = new StringBuilder("<section aria-labelledby=\"loop-h\">\n<h2 id=\"loop-h\">").Append(E(t["loop.heading"])).Append("</h2>\n")
            .Append("<p>").Append(E(t.Format("loop.intro", period, t.Date(m.ViewDay)))).Append("</p>\n")
            .Append(Scroll(Indicators(row, period, t)))
            .Append(Consultations(m, row, period, t));
        return html.Append("</section>\n").ToString();
    }

    private static string Indicators(FeedbackIndicatorRow row, string period, Texts t)
    {
        var html = new StringBuilder("<table id=\"loop-indicators\">\n<caption>").Append(E(t.Format("loop.caption", period))).Append("</caption>\n")
            .Append($"<thead><tr><th scope=\"col\">{E(t["loop.col.indicator"])}</th><th scope=\"col\" class=\"num\">{E(t["loop.col.value"])}</th><th scope=\"col\">{E(t["loop.col.basis"])}</th></tr></thead>\n<tbody>\n");
        html.Append(ShareRow(FeedbackIndicators.LoopClosure, row.LoopClosure, "loop.basis.closure", t));
        var median = row.MedianSuppressed ? t["loop.suppressed"]
            : row.MedianResponseDays is { } days ? t.Format("loop.days", days) : t["loop.none"];
        html.Append(Row(FeedbackIndicators.MedianResponseTime, median, row.MedianSuppressed ? t["loop.basis.withheld"] : t["loop.basis.median"], t));
        html.Append(ShareRow(FeedbackIndicators.SensitiveReferredWithin48Hours, row.SensitiveReferredWithin48Hours, "loop.basis.sensitive", t));
        html.Append(ShareRow(FeedbackIndicators.MigrantInputToPlanning, row.MigrantInputToPlanning, "loop.basis.planning", t));
        return html.Append("</tbody>\n</table>\n").ToString();
    }

    private static string ShareRow(string key, Share share, string basisKey, Texts t) => share switch
    {
        { Suppressed: true } => Row(key, t["loop.suppressed"], t["loop.basis.withheld"], t),
        { Value: { } value, Numerator: { } n, Denominator: { } d } => Row(key, t.Format("loop.percent", value), t.Format(basisKey, t.Number(n), t.Number(d)), t),
        _ => Row(key, t["loop.none"], t["loop.basis.none"], t),
    };

    private static string Row(string key, string value, string basis, Texts t) =>
        $"<tr data-indicator=\"{E(key)}\"><th scope=\"row\">{E(t["loop.indicator." + key])}</th><td class=\"num\">{E(value)}</td><td>{E(basis)}</td></tr>\n";

    private static string Consultations(DashboardModel m, FeedbackIndicatorRow row, string period, Texts t)
    {
        var summary = ConsultationView.Build(m.Data.Feedback, m.Period);
        var held = summary.Consultations;
        var html = new StringBuilder("<h3 id=\"consultations-h\">").Append(E(t["loop.consultations.heading"])).Append("</h3>\n");
        if (held.Count == 0)
            return html.Append("<p id=\"consultations-none\">").Append(E(t["loop.consultations.none"])).Append("</p>\n").ToString();
        var planning = row.MigrantInputToPlanning;
        html.Append("<ul id=\"consultations-totals\">")
            .Append("<li>").Append(E(t.Format("loop.consultations.count", t.Number(held.Count)))).Append("</li>")
            .Append("<li>").Append(E(t.Format("loop.consultations.participants", summary.ParticipantsAtLeast.Count is { } atLeast ? t.Number(atLeast) : t["loop.suppressed"]))).Append("</li>")
            .Append("<li>").Append(E(t.Format("loop.consultations.citing", t.Number(planning.Numerator ?? 0), t.Number(planning.Denominator ?? 0)))).Append("</li>")
            .Append("</ul>\n");
        var table = new StringBuilder("<table id=\"consultations\">\n<caption>").Append(E(t.Format("loop.consultations.caption", period))).Append("</caption>\n<thead><tr>")
            .Append($"<th scope=\"col\">{E(t["loop.col.held"])}</th><th scope=\"col\">{E(t["loop.col.format"])}</th><th scope=\"col\">{E(t["loop.col.participants"])}</th>")
            .Append($"<th scope=\"col\">{E(t["loop.col.languages"])}</th><th scope=\"col\" class=\"num\">{E(t["loop.col.inputs"])}</th></tr></thead>\n<tbody>\n");
        foreach (var c in held)
        {
            var small = c.Participants.Suppressed;
            table.Append($"<tr><td><time datetime=\"{Day(c.HeldOn)}\">{E(t.Date(c.HeldOn))}</time></td><td>{E(t.Term("loop.format.", c.Format))}</td>")
                .Append($"<td>{E(small ? t["loop.suppressed"] : t.Term("loop.band.", c.Participants.Key))}</td>")
                .Append($"<td>{E(small ? t["loop.languages.withheld"] : string.Join(", ", c.Languages))}</td>")
                .Append($"<td class=\"num\">{E(t.Number(c.Inputs))}</td></tr>\n");
        }
        html.Append(Scroll(table.Append("</tbody>\n</table>\n").ToString()))
            .Append("<p class=\"muted\">").Append(E(t["loop.consultations.note"])).Append("</p>\n");
        return html.ToString();
    }
}
