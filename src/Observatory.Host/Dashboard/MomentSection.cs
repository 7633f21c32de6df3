using System.Text;
using static Observatory.Host.Dashboard.Html;

namespace Observatory.Host.Dashboard;

/// <summary>Which moment and period the page shows, and plain GET forms to choose others (no script needed).</summary>
public static class MomentSection
{
    public static string Render(DashboardModel model, string path)
    {
        var moment = model.Moment;
        var html = new StringBuilder();
        html.Append($"<section aria-labelledby=\"moment-h\" class=\"moment{(moment.IsLive ? "" : " past")}\">\n")
            .Append("<h2 id=\"moment-h\" style=\"margin-top:0;border:0\">Moment shown</h2>\n")
            .Append($"<p id=\"moment\" data-as-of=\"{E(moment.IsLive ? "live" : moment.Query)}\"><strong>{E(moment.Describe())}</strong></p>\n")
            .Append($"<p>Period: <strong id=\"period\">{E(PeriodLabel(model))}</strong>, {Time(model.Period.From)} to {Time(model.Period.To)}.")
            .Append(model.ViewDay < model.Period.To ? $" Dated facts are counted up to {Time(model.ViewDay)}." : "")
            .Append("</p>\n");
        if (!moment.IsLive)
            html.Append($"<p><a href=\"{E(path)}\">Back to the live dashboard</a></p>\n");
        html.Append("<details class=\"noprint\"><summary>Choose another moment or period</summary>\n")
            .Append(Form(path, "period", "Period (term, term-N, all, 2023, 2023-Q1, 2023-03, 2022-06-01..2023-05-31)", model.PeriodParameter, "text", moment.Query))
            .Append(Form(path, "at", "As of log position", moment.AsOf is Observatory.Projections.Replay.AsOf.AtPosition a ? N(a.Position) : "", "number", PeriodQuery(model)))
            .Append(Form(path, "known-at", "As known at (ISO instant, UTC)", "", "text", PeriodQuery(model)))
            .Append(Form(path, "happened-by", "As happened by (date)", "", "date", PeriodQuery(model)))
            .Append("</details>\n</section>\n");
        return html.ToString();
    }

    public static string PeriodLabel(DashboardModel model) =>
        model.CurrentTerm is { } term && model.Period == term.Period
            ? $"leadership term {N(term.Number)} ({model.PartnerName(term.PartnerId)})"
            : model.Period.Label;

    private static string PeriodQuery(DashboardModel model) => model.PeriodParameter == "" ? "" : $"period={Uri.EscapeDataString(model.PeriodParameter)}";

    // Each form carries the other choice as a hidden field, so choosing a period keeps the moment and the reverse.
    private static string Form(string path, string name, string label, string value, string type, string keep)
    {
        var hidden = new StringBuilder();
        foreach (var pair in keep.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (k, v) = (pair[..pair.IndexOf('=')], Uri.UnescapeDataString(pair[(pair.IndexOf('=') + 1)..]));
            hidden.Append($"<input type=\"hidden\" name=\"{E(k)}\" value=\"{E(v)}\">");
        }
        var min = type == "number" ? " min=\"1\"" : "";
        return $"<form method=\"get\" action=\"{E(path)}\">{hidden}<label>{E(label)}<input name=\"{E(name)}\" type=\"{type}\"{min} value=\"{E(value)}\"></label><button type=\"submit\">Show</button></form>\n";
    }
}
