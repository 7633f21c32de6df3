using System.Text;
using Observatory.Host.Localization;

namespace Observatory.Host.Dashboard;

/// <summary>The page shell: language, viewport, one inline style sheet (no build step, nothing fetched), print rules.</summary>
public static class Layout
{
    // Colours chosen for at least 4.5:1 contrast on white; the heatmap's darker cells carry white numbers.
    private const string Css = """
        :root{color-scheme:light;--ink:#1b1b1b;--muted:#4a4a4a;--line:#c8c8c8;--accent:#0b4f8a;--warn:#8a3b00}
        *{box-sizing:border-box}
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#fff;line-height:1.5;margin:0}
        header,main,footer{max-width:72rem;margin:0 auto;padding:0 1rem}
        header{border-bottom:2px solid var(--accent);padding-top:1rem}
        a{color:var(--accent)}
        a:focus,summary:focus,.scroll:focus,input:focus,button:focus,select:focus,textarea:focus,#error-summary:focus{outline:3px solid #f2a900;outline-offset:2px}
        a.skip{position:absolute;left:-999px}a.skip:focus{left:1rem;top:.5rem;background:#fff;padding:.2rem .4rem}
        h1{font-size:1.6rem;margin:.2rem 0 .5rem}
        h2{font-size:1.3rem;margin:2rem 0 .5rem;border-bottom:1px solid var(--line)}
        h3{font-size:1.05rem;margin:1.2rem 0 .4rem}
        .moment{background:#eef4fa;border-left:4px solid var(--accent);padding:.5rem .8rem;margin:1rem 0}
        .moment.past{background:#fff4e5;border-left-color:var(--warn)}
        .muted{color:var(--muted)}
        .tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(12rem,1fr));gap:.8rem;padding:0;list-style:none}
        .tiles li{border:1px solid var(--line);border-radius:.4rem;padding:.6rem .8rem}
        .tiles strong{display:block;font-size:1.6rem}
        .scroll{overflow-x:auto;max-width:100%}
        table{border-collapse:collapse;margin:.5rem 0 1rem;min-width:20rem}
        caption{text-align:left;font-weight:600;padding:.3rem 0;caption-side:top}
        th,td{border:1px solid var(--line);padding:.25rem .5rem;text-align:left;vertical-align:top}
        td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
        thead th{background:#f3f3f3}
        svg{max-width:100%;height:auto;display:block}
        svg text{font-family:inherit}
        form{display:inline-flex;flex-wrap:wrap;gap:.4rem;align-items:end;margin:.3rem 1rem .3rem 0}
        label{display:flex;flex-direction:column;font-size:.9rem}
        input,button{font:inherit;padding:.2rem .4rem}
        details{margin:.5rem 0}
        form.entry{display:block;max-width:42rem}form.entry label{display:block}
        .field{margin:0 0 1rem}.field input[type=text],.field select,.field textarea{width:100%;max-width:36rem}
        textarea,select{font:inherit;padding:.2rem .4rem}fieldset{border:1px solid var(--line);margin:0}
        .choices label,label.check{display:flex;flex-direction:row;gap:.4rem;align-items:baseline}
        .hint{display:block;color:var(--muted);font-size:.9rem}
        .error{display:block;color:#a30000;font-weight:600}.invalid{border-left:4px solid #a30000;padding-left:.6rem}
        .summary{border:3px solid #a30000;padding:.3rem 1rem;margin:1rem 0}
        .confirm{border-left:4px solid #1a7f37;background:#eaf6ec;padding:.5rem .8rem;margin:1rem 0}
        .token{font-family:ui-monospace,monospace;font-size:1.5rem;letter-spacing:.05em}
        .visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
        time{white-space:nowrap}
        nav.languages{float:right;font-size:.9rem}
        nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.2rem 1rem}
        @media print{form,nav,.noprint{display:none}details{display:block}details>*{display:block}
          a{color:inherit;text-decoration:none}section{break-inside:avoid-page}h2{break-after:avoid}
          header,main,footer{max-width:none}}
        """;

    /// <summary>A page in the request's language: <c>lang</c> attribute, shell texts and the language switch.</summary>
    public static string Page(Texts t, string title, string heading, string body, string? subtitle = null)
    {
        var html = new StringBuilder();
        html.Append("<!doctype html>\n<html lang=\"").Append(t.Language.Code).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Html.E(title)).Append("</title>\n")
            .Append("<style>\n").Append(Css).Append("\n</style>\n</head>\n<body>\n")
            .Append("<a class=\"skip noprint\" href=\"#main\">").Append(Html.E(t["layout.skip"])).Append("</a>\n")
            .Append("<header>\n");
        if (t.Switches.Count > 0)
        {
            html.Append("<nav class=\"languages noprint\" aria-label=\"").Append(Html.E(t["layout.language"])).Append("\"><ul>");
            foreach (var link in t.Switches)
            {
                html.Append("<li>").Append(link.Current
                    ? $"<a href=\"{Html.E(link.Href)}\" lang=\"{link.Language.Code}\" hreflang=\"{link.Language.Code}\" aria-current=\"true\"><strong>{Html.E(link.Language.NativeName)}</strong></a>"
                    : $"<a href=\"{Html.E(link.Href)}\" lang=\"{link.Language.Code}\" hreflang=\"{link.Language.Code}\">{Html.E(link.Language.NativeName)}</a>").Append("</li>");
            }
            html.Append("</ul></nav>\n");
        }
        html.Append("<p class=\"muted\"><a href=\"/\">").Append(Html.E(t["layout.home"])).Append("</a></p>\n<h1>").Append(Html.E(heading)).Append("</h1>\n");
        if (subtitle is not null)
            html.Append("<p>").Append(Html.E(subtitle)).Append("</p>\n");
        html.Append("</header>\n<main id=\"main\">\n").Append(body).Append("</main>\n")
            .Append("<footer><p class=\"muted\">").Append(Html.E(t["layout.footer"])).Append("</p></footer>\n")
            .Append("</body>\n</html>\n");
        return html.ToString();
    }
}
