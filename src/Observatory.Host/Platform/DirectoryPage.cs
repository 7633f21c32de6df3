using System.Text;
using Observatory.Host.Dashboard;
using Observatory.Host.Dashboard.Forms;
using Observatory.Host.Localization;
using Observatory.Projections.Helpline;
using Observatory.Projections.Roster;
using static Observatory.Host.Dashboard.Html;

namespace Observatory.Host.Platform;

/// <summary>The helpline directory: posts (never people) and their role addresses, a search that works without script, and the quarterly indicators.</summary>
public static class DirectoryPage
{
    /// <param name="notice">The confirmation of a profile just listed through a form (fixed words), or "".</param>
    /// <param name="mayRecord">Offer "List a specialist" (a leader or representative, on the live page).</param>
    public static string Render(Texts t, PlatformData data, DirectorySearch search, string? error, string notice = "", bool mayRecord = false)
    {
        var all = HelplineView.Build(data.Helpline).Directory;
        var found = search.Apply(all);
        var partners = RosterView.Partners(data.Helpline.Roster);
        var body = new StringBuilder()
            .Append(PlatformHtml.Nav(t, data))
            .Append(notice)
            .Append(PlatformHtml.Moment(t, data))
            .Append($"<p>{E(t["platform.directory.intro"])}</p>\n")
            .Append(mayRecord ? $"<p id=\"list-specialist\"><a href=\"{E(PlatformForms.SpecialistListed.Path(data.Network))}\">{E(t["guideform.list-link"])}</a></p>\n" : "")
            .Append(Form(t, data, all, search, error))
            .Append($"<p id=\"directory-count\" role=\"status\">{E(t.Format("platform.directory.found", t.Number(found.Count), t.Number(all.Count)))}</p>\n");
        if (found.Count == 0)
            body.Append($"<p>{E(t["platform.directory.none"])}</p>\n");
        else
        {
            var table = new StringBuilder($"<table id=\"directory\">\n<caption>{E(t["platform.directory.caption"])}</caption>\n<thead><tr>")
                .Append(string.Concat(new[] { "platform.col.role", "platform.col.competence", "platform.col.languages", "platform.col.partner", "platform.col.country", "platform.col.address" }
                    .Select(k => $"<th scope=\"col\">{E(t[k])}</th>")))
                .Append("</tr></thead>\n<tbody>\n");
            foreach (var p in found)
                table.Append($"<tr data-stream=\"{E(p.Stream)}\"><th scope=\"row\">{E(p.Role)}</th>")
                    .Append($"<td>{E(string.Join(", ", p.CompetenceAreas.Select(a => t.Term("platform.competence.", a))))}</td>")
                    .Append($"<td class=\"languages\">{string.Join(", ", p.Languages.Select(l => $"<span lang=\"{E(l)}\">{E(l)}</span>"))}</td>")
                    .Append($"<td>{E(partners.TryGetValue(p.PartnerId, out var partner) ? partner.Name : p.PartnerId)}</td>")
                    .Append($"<td>{E(t.Term("platform.country.", p.Country))}</td><td>{E(p.RoleAddress)}</td></tr>\n");
            body.Append(Scroll(table.Append("</tbody>\n</table>\n").ToString()));
        }
        body.Append(Indicators(t, HelplineQuarters.Build(data.Helpline, data.Moment.Today)));
        return Layout.Page(t, $"{data.Title}: {t["platform.directory.title"]}", t["platform.directory.title"], body.ToString(),
            t.Format("platform.directory.subtitle", data.Title));
    }

    private static string Form(Texts t, PlatformData data, IReadOnlyList<SpecialistProfile> all, DirectorySearch search, string? error)
    {
        var languages = all.SelectMany(p => p.Languages).Select(l => l.Split('-')[0]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var html = new StringBuilder();
        if (error is not null)
            html.Append($"<div class=\"summary\" id=\"error-summary\" role=\"alert\"><p class=\"error\">{E(t[$"platform.search.{error}-invalid"])}</p></div>\n");
        html.Append($"<form method=\"get\" action=\"{E(PlatformHtml.Path(data.Network, "directory"))}\" role=\"search\" aria-label=\"{E(t["platform.search.label"])}\">")
            .Append(PlatformHtml.KeepMoment(data))
            .Append(Select(t, DirectoryQuery.Competence, t["platform.search.competence"], DirectoryQuery.Competences, search.Competence, v => t.Term("platform.competence.", v)))
            .Append($"<label for=\"search-language\">{E(t["platform.search.language"])}<input type=\"text\" id=\"search-language\" name=\"language\" list=\"spoken\" size=\"6\" value=\"{E(search.Language ?? "")}\"")
            .Append(error == DirectoryQuery.Language ? " aria-invalid=\"true\" aria-describedby=\"error-summary\"" : "")
            .Append($"></label><datalist id=\"spoken\">{string.Concat(languages.Select(l => $"<option value=\"{E(l)}\"></option>"))}</datalist>")
            .Append(Select(t, DirectoryQuery.Country, t["platform.search.country"], DirectoryQuery.Countries, search.Country, v => t.Term("platform.country.", v)))
            .Append($"<button type=\"submit\">{E(t["platform.search.submit"])}</button>")
            .Append($"<a href=\"{E(PlatformHtml.Path(data.Network, "directory"))}\">{E(t["platform.search.clear"])}</a></form>\n");
        return html.ToString();
    }

    private static string Select(Texts t, string name, string label, IReadOnlyList<string> values, string? chosen, Func<string, string> text) =>
        $"<label for=\"search-{name}\">{E(label)}<select id=\"search-{name}\" name=\"{name}\"><option value=\"\">{E(t["platform.search.any"])}</option>"
        + string.Concat(values.Select(v => $"<option value=\"{E(v)}\"{(v == chosen ? " selected" : "")}>{E(text(v))}</option>"))
        + "</select></label>";

    private static string Indicators(Texts t, IReadOnlyList<HelplineQuarter> quarters)
    {
        var html = new StringBuilder($"<section aria-labelledby=\"helpline-indicators-h\">\n<h2 id=\"helpline-indicators-h\">{E(t["platform.indicators.heading"])}</h2>\n");
        if (quarters.Count == 0)
            return html.Append($"<p>{E(t["platform.indicators.none"])}</p>\n</section>\n").ToString();
        html.Append($"<p class=\"muted\">{E(t["platform.indicators.note"])}</p>\n");
        var table = new StringBuilder($"<table id=\"helpline-indicators\">\n<caption>{E(t["platform.indicators.caption"])}</caption>\n<thead><tr>")
            .Append(string.Concat(new[] { "platform.col.quarter", "platform.col.received", "platform.col.resolved-or-referred", "platform.col.in-language", "platform.col.language-unknown" }
                .Select(k => $"<th scope=\"col\">{E(t[k])}</th>")))
            .Append("</tr></thead>\n<tbody>\n");
        foreach (var q in quarters)
            table.Append($"<tr><th scope=\"row\">{E(q.Quarter)}</th><td class=\"num\">{E(t.Number(q.Received))}</td>")
                .Append($"<td class=\"num\">{E(PlatformHtml.Share(t, q.ResolvedOrReferred, q.Received, q.ResolvedOrReferredShare))}</td>")
                .Append($"<td class=\"num\">{E(PlatformHtml.Share(t, q.InRequestedLanguage, q.AnswerLanguageKnown, q.InRequestedLanguageShare))}</td>")
                .Append($"<td class=\"num\">{E(t.Number(q.AnswerLanguageUnknown))}</td></tr>\n");
        return html.Append(Scroll(table.Append("</tbody>\n</table>\n").ToString())).Append("</section>\n").ToString();
    }
}
