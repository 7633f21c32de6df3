using System.Net;
using System.Text;

namespace Observatory.Projections.Evaluations;

/// <summary>
/// Prints blocks as one self-contained, printable HTML page: inline CSS, no scripts, no external resources, every
/// text from the log encoded.
/// </summary>
public static class HtmlWriter
{
    private const string Style = """
        body { font-family: "Segoe UI", "DejaVu Sans", Arial, sans-serif; font-size: 11pt; color: #1b1b1b; max-width: 62rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.4; }
        h1 { font-size: 1.6rem; border-bottom: 2px solid #1f4e79; padding-bottom: .3rem; }
        h2 { font-size: 1.25rem; color: #1f4e79; margin-top: 1.8rem; }
        h3 { font-size: 1.05rem; margin-top: 1.2rem; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92em; }
        th, td { border: 1px solid #b8c4d0; padding: .25rem .45rem; text-align: left; vertical-align: top; }
        th { background: #e8eef4; }
        tr:nth-child(even) td { background: #f7f9fb; }
        @media print { body { margin: 0; max-width: none; font-size: 10pt; } h2 { page-break-after: avoid; } tr { page-break-inside: avoid; } }
        """;

    public static string Write(string title, IEnumerable<Block> blocks, string language = "en")
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(E(language)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(E(title)).Append("</title>\n<style>\n")
            .Append(Style.ReplaceLineEndings("\n")).Append("\n</style>\n</head>\n<body>\n");
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Heading h:
                    html.Append($"<h{h.Level}>").Append(E(h.Text)).Append($"</h{h.Level}>\n");
                    break;
                case Paragraph p:
                    html.Append("<p>").Append(E(p.Text)).Append("</p>\n");
                    break;
                case BulletList list:
                    html.Append("<ul>\n");
                    foreach (var item in list.Items)
                        html.Append("<li>").Append(E(item)).Append("</li>\n");
                    html.Append("</ul>\n");
                    break;
                case Table t:
                    html.Append("<table>\n<thead><tr>");
                    foreach (var header in t.Headers)
                        html.Append("<th>").Append(E(header)).Append("</th>");
                    html.Append("</tr></thead>\n<tbody>\n");
                    foreach (var row in t.Rows)
                    {
                        html.Append("<tr>");
                        foreach (var cell in row)
                            html.Append("<td>").Append(E(cell)).Append("</td>");
                        html.Append("</tr>\n");
                    }
                    html.Append("</tbody>\n</table>\n");
                    break;
            }
        }
        return html.Append("</body>\n</html>\n").ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
