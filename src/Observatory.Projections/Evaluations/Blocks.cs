namespace Observatory.Projections.Evaluations;

/// <summary>
/// A rendering written once and printed twice: the evaluation (and the handover view) become these blocks, and
/// <see cref="MarkdownWriter"/> and <see cref="HtmlWriter"/> print them, so the two renderings never say different things.
/// </summary>
public abstract record Block;

public sealed record Heading(int Level, string Text) : Block;

public sealed record Paragraph(string Text) : Block;

public sealed record BulletList(IReadOnlyList<string> Items) : Block;

public sealed record Table(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows) : Block;
