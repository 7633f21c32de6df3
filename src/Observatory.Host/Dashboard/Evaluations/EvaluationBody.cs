using System.Text.RegularExpressions;

namespace Observatory.Host.Dashboard.Evaluations;

/// <summary>
/// The body of a page that <see cref="Observatory.Projections.Evaluations.HtmlWriter"/> wrote, placed inside the
/// dashboard's own shell: the same encoded blocks as the exported document, with headings one level down, so the page
/// keeps a single h1.
/// </summary>
public static partial class EvaluationBody
{
    public static string Of(string document)
    {
        var start = document.IndexOf("<body>\n", StringComparison.Ordinal);
        var end = document.LastIndexOf("</body>", StringComparison.Ordinal);
        var body = start < 0 || end < start ? document : document[(start + "<body>\n".Length)..end];
        return Heading().Replace(body, m => $"<{m.Groups[1].Value}h{int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) + 1}>");
    }

    [GeneratedRegex("<(/?)h([1-5])>")]
    private static partial Regex Heading();
}
