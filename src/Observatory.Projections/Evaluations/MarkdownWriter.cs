using System.Text;

namespace Observatory.Projections.Evaluations;

/// <summary>Prints blocks as CommonMark with pipe tables; "\n" line ends, so the text is the same on every machine.</summary>
public static class MarkdownWriter
{
    public static string Write(IEnumerable<Block> blocks)
    {
        var text = new StringBuilder();
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Heading h:
                    text.Append('#', h.Level).Append(' ').Append(Inline(h.Text)).Append('\n');
                    break;
                case Paragraph p:
                    text.Append(Inline(p.Text)).Append('\n');
                    break;
                case BulletList list:
                    foreach (var item in list.Items)
                        text.Append("- ").Append(Inline(item)).Append('\n');
                    break;
                case Table t:
                    Row(text, t.Headers);
                    Row(text, [.. t.Headers.Select(_ => "---")]);
                    foreach (var row in t.Rows)
                        Row(text, row);
                    break;
            }
            text.Append('\n');
        }
        return text.ToString().TrimEnd('\n') + "\n";
    }

    private static void Row(StringBuilder text, IReadOnlyList<string> cells) =>
        text.Append("| ").Append(string.Join(" | ", cells.Select(c => Inline(c).Replace("|", "\\|", StringComparison.Ordinal)))).Append(" |\n");

    // Free text from the log must not turn into markup: line breaks are flattened and the characters that start
    // emphasis, links or HTML are escaped.
    private static string Inline(string text)
    {
        var flat = text.ReplaceLineEndings(" ");
        var escaped = new StringBuilder(flat.Length);
        foreach (var c in flat)
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>')
                escaped.Append('\\');
            escaped.Append(c);
        }
        return escaped.ToString();
    }
}
