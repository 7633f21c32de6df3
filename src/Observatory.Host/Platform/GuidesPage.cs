using System.Text;
using Observatory.Host.Dashboard;
using Observatory.Host.Dashboard.Forms;
using Observatory.Host.Localization;
using Observatory.Projections.Guides;
using static Observatory.Host.Dashboard.Html;

namespace Observatory.Host.Platform;

/// <summary>
/// Country guides on refugee procedures as they stand on the page's day (today, or the moment's day). An overdue review is
/// announced above everything else and marked on its row, so nobody relies on a guide past its review date unawares.
/// </summary>
public static class GuidesPage
{
    /// <param name="notice">The confirmation of a guide just recorded through a form (fixed words), or "".</param>
    /// <param name="mayRecord">Offer "Publish a guide" and each guide's "Review" (the leader, on the live page).</param>
    public static string Render(Texts t, PlatformData data, string notice = "", bool mayRecord = false)
    {
        var list = GuidesView.Build(data.Guides, data.Moment.Today);
        var overdue = list.Guides.Where(g => g.Overdue).ToList();
        var body = new StringBuilder()
            .Append(PlatformHtml.Nav(t, data))
            .Append(notice)
            .Append(PlatformHtml.Moment(t, data));
        if (mayRecord)
            body.Append($"<p id=\"publish-guide\"><a href=\"{E(PlatformForms.GuidePublished.Path(data.Network))}\">{E(t["guideform.publish-link"])}</a></p>\n");
        if (overdue.Count > 0)
        {
            body.Append($"<div class=\"summary\" id=\"overdue\" role=\"alert\"><h2>{E(t.Format("platform.guides.overdue-heading", t.Number(overdue.Count)))}</h2><ul>");
            foreach (var g in overdue)
                body.Append($"<li><a href=\"#{E(g.Stream)}\">{E(Name(t, g))}</a>: {E(t.Format("platform.guides.overdue-since", t.Date(g.NextReviewDue), t.Number(g.DaysOverdue)))}</li>");
            body.Append("</ul></div>\n");
        }
        body.Append($"<p id=\"guides-indicator\"><strong>{E(t["platform.guides.indicator"])}</strong>: ")
            .Append($"{E(PlatformHtml.Share(t, list.WithinReviewDate, list.Guides.Count, list.WithinReviewDateShare))} ")
            .Append($"<span class=\"muted\">({E(t.Format("platform.guides.indicator-on", t.Date(list.On)))}; <code>{E(list.IndicatorKey)}</code>)</span></p>\n");
        if (list.Guides.Count == 0)
            body.Append($"<p>{E(t["platform.guides.none"])}</p>\n");
        foreach (var country in list.Guides.GroupBy(g => g.Country))
        {
            body.Append($"<section aria-labelledby=\"country-{E(country.Key)}-h\">\n<h2 id=\"country-{E(country.Key)}-h\">{E(t.Term("platform.country.", country.Key))}</h2>\n");
            foreach (var g in country)
                body.Append(Guide(t, g, mayRecord ? $"{PlatformForms.GuideReviewed.Path(data.Network)}?guide={Uri.EscapeDataString(g.Stream)}" : null));
            body.Append("</section>\n");
        }
        return Layout.Page(t, $"{data.Title}: {t["platform.guides.title"]}", t["platform.guides.title"], body.ToString(),
            t.Format("platform.guides.subtitle", data.Title));
    }

    private static string Guide(Texts t, CountryGuide g, string? review)
    {
        var html = new StringBuilder($"<article id=\"{E(g.Stream)}\" class=\"guide{(g.Overdue ? " overdue invalid" : "")}\">\n")
            .Append($"<h3>{E(t.Term("platform.procedure.", g.Procedure))}{(g.Title is null ? "" : $": {E(g.Title)}")}</h3>\n");
        if (g.Overdue)
            html.Append($"<p class=\"error\" data-overdue=\"true\">{E(t.Format("platform.guides.overdue-since", t.Date(g.NextReviewDue), t.Number(g.DaysOverdue)))}</p>\n");
        if (g.Summary is not null)
            html.Append($"<p>{E(g.Summary)}</p>\n");
        html.Append("<dl>")
            .Append($"<dt>{E(t["platform.col.languages"])}</dt><dd>{string.Join(", ", g.Languages.Select(l => $"<span lang=\"{E(l)}\">{E(l)}</span>"))}</dd>")
            .Append($"<dt>{E(t["platform.guides.published"])}</dt><dd>{Day(t, g.PublishedOn)}</dd>")
            .Append($"<dt>{E(t["platform.guides.reviewed"])}</dt><dd>{Day(t, g.LastReviewedOn)}</dd>")
            .Append($"<dt>{E(t["platform.guides.due"])}</dt><dd>{Day(t, g.NextReviewDue)}{(g.Overdue ? "" : $" ({E(t["platform.guides.in-time"])})")}</dd>")
            .Append($"<dt>{E(t["platform.guides.sources"])}</dt><dd><ul>")
            .Append(string.Concat(g.Sources.Select(s => $"<li>{Source(s)}</li>")))
            .Append("</ul></dd></dl>\n")
            .Append(review is null ? "" : $"<p><a class=\"review\" href=\"{E(review)}\">{E(t.Format("guideform.review-link", Name(t, g)))}</a></p>\n")
            .Append("</article>\n");
        return html.ToString();
    }

    private static string Name(Texts t, CountryGuide g) =>
        $"{t.Term("platform.country.", g.Country)} · {t.Term("platform.procedure.", g.Procedure)}";

    private static string Day(Texts t, DateOnly day) => $"<time datetime=\"{Html.Day(day)}\">{E(t.Date(day))}</time>";

    /// <summary>A source is a citation; one that is a web address becomes a link, anything else stays text.</summary>
    private static string Source(string source) =>
        Uri.TryCreate(source, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? LibrarySection.Link(source, source)
            : E(source);
}
