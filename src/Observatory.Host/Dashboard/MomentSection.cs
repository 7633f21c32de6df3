using System.Text;
using Observatory.Host.Localization;
using static Observatory.Host.Dashboard.Html;

namespace Observatory.Host.Dashboard;

/// <summary>Which moment and period the page shows, and plain GET forms to choose others (no script needed).</summary>
public static class MomentSection
{
    public static string Render(DashboardModel model, Texts t, string path)
    {
        var moment = model.Moment;
        var html = new StringBuilder();
        html.Append($"<section aria-labelledby=\"moment-h\" class=\"moment{(moment.IsLive ? "" : " past")}\">\n")
            .Append($"<h2 id=\"moment-h\" style=\"margin-top:0;border:0\">{E(t["moment.heading"])}</h2>\n")
            .Append($"<p id=\"moment\" data-as-of=\"{E(moment.IsLive ? "live" : moment.Query)}\"><strong>{E(moment.Describe(t))}</strong></p>\n")
            .Append($"<p>{E(t["moment.period"])} <strong id=\"period\">{E(PeriodLabel(model, t))}</strong>, {t.Format("common.from-to", Time(t, model.Period.From), Time(t, model.Period.To))}.")
            .Append(model.ViewDay < model.Period.To ? " " + t.Format("moment.counted-up-to", Time(t, model.ViewDay)) : "")
            .Append("</p>\n");
        if (!moment.IsLive)
            html.Append($"<p><a href=\"{E(path)}\">{E(t["moment.back-to-live"])}</a></p>\n");
        html.Append($"<details class=\"noprint\"><summary>{E(t["moment.choose"])}</summary>\n")
            .Append(Form(t, path, "period", t["moment.field.period"], model.PeriodParameter, "text", moment.Query))
            .Append(Form(t, path, "at", t["moment.field.at"], moment.AsOf is Observatory.Projections.Replay.AsOf.AtPosition a ? N(a.Position) : "", "number", PeriodQuery(model)))
            .Append(Form(t, path, "known-at", t["moment.field.known-at"], "", "text", PeriodQuery(model)))
            .Append(Form(t, path, "happened-by", t["moment.field.happened-by"], "", "date", PeriodQuery(model)))
            .Append("</details>\n</section>\n");
        return html.ToString();
    }

    public static string PeriodLabel(DashboardModel model, Texts t) =>
        // Any leadership term reads with its leader's name, not the period's internal label ("term 1 (bytow)").
        (model.CurrentTerm is { } current && model.Period == current.Period ? current : model.Terms.FirstOrDefault(x => x.Period == model.Period)) is { } term
            ? t.Format("moment.term-label", t.Number(term.Number), model.PartnerName(term.PartnerId))
            : model.Period.Label == "all" ? t["moment.all"] : model.Period.Label;

    private static string PeriodQuery(DashboardModel model) => model.PeriodParameter == "" ? "" : $"period={Uri.EscapeDataString(model.PeriodParameter)}";

    // Each form carries the other choice as a hidden field, so choosing a period keeps the moment and the reverse.
    private static string Form(Texts t, string path, string name, string label, string value, string type, string keep)
    {
        var hidden = new StringBuilder();
        foreach (var pair in keep.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (k, v) = (pair[..pair.IndexOf('=')], Uri.UnescapeDataString(pair[(pair.IndexOf('=') + 1)..]));
            hidden.Append($"<input type=\"hidden\" name=\"{E(k)}\" value=\"{E(v)}\">");
        }
        var min = type == "number" ? " min=\"1\"" : "";
        return $"<form method=\"get\" action=\"{E(path)}\">{hidden}<label>{E(label)}<input name=\"{E(name)}\" type=\"{type}\"{min} value=\"{E(value)}\"></label><button type=\"submit\">{E(t["moment.show"])}</button></form>\n";
    }
}
