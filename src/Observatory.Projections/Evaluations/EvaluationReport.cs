using Observatory.Projections.Feedback;

namespace Observatory.Projections.Evaluations;

/// <summary>The evaluation as a person reads it, in the order of the document; printed as Markdown or as HTML.</summary>
public static partial class EvaluationReport
{
    public static string Markdown(EvaluationDocument document) => MarkdownWriter.Write(Blocks(document));

    public static string Html(EvaluationDocument document) => HtmlWriter.Write(Title(document), Blocks(document));

    public static string Title(EvaluationDocument d) => $"Evaluation of {d.Cycle.Stream} ({Show.Span(d.Cycle.From, d.Cycle.To)})";

    public static IReadOnlyList<Block> Blocks(EvaluationDocument d)
    {
        var blocks = new List<Block> { new Heading(1, Title(d)) };
        blocks.AddRange(Cycle(d));
        blocks.AddRange(Indicators(d));
        blocks.AddRange(Timeline(d.Timeline));
        blocks.AddRange(Balance(d));
        blocks.AddRange(Coverage(d));
        blocks.AddRange(Groups(d));
        blocks.AddRange(Resources(d));
        blocks.AddRange(Feedback(d.Feedback, d.FeedbackLoop));
        blocks.AddRange(Migrants(d));
        blocks.AddRange(Outcomes(d.Outcomes));
        blocks.AddRange(Plan(d.Plan));
        blocks.AddRange(Comparison(d.Comparison));
        blocks.Add(new Heading(2, "Reproducing this evaluation"));
        blocks.Add(new Paragraph($"Computed only from the log of network '{d.Network}' up to position {d.UpToPosition} ({d.Format}). "
            + $"SHA-256 of its canonical JSON: {CanonicalJson.Hash(d)}. "
            + $"Recompute it with: observatory evaluate --network {d.Network} --cycle {d.Cycle.Stream} --at-position {d.UpToPosition} --format json"));
        return blocks;
    }

    private static IEnumerable<Block> Cycle(EvaluationDocument d)
    {
        var c = d.Cycle;
        yield return new Paragraph($"Network '{d.Network}', cycle {c.Stream}{(c.Title is null ? "" : $" \u201c{c.Title}\u201d")}: "
            + $"{Show.Span(c.From, c.To)}, {c.Months} months{(c.ClosedOn is { } closed ? $", closed on {Show.Day(closed)}" : "")}. "
            + $"Computed from the log up to position {d.UpToPosition}.");
        yield return c.Leaders.Count == 0
            ? new Paragraph("No leadership term overlaps the cycle.")
            : new BulletList([.. c.Leaders.Select(l => $"Led by {l.Name} ({l.PartnerId}), {Show.Span(l.From, l.To)}")]);
    }

    private static IEnumerable<Block> Indicators(EvaluationDocument d)
    {
        yield return new Heading(2, "1. Indicators against targets");
        yield return new Table(["Indicator", "Measure", "Value", "Target", "Attainment", "By partner", "By country"],
            [.. d.Indicators.Select(i => (IReadOnlyList<string>)[i.Key, i.Measure, Show.Number(i.Value), Show.Number(i.Target), Show.Percent(i.Attainment),
                Show.Counts(i.ByPartner), Show.Counts(i.ByCountry)])]);
        yield return new Paragraph("Stock: active at the end of the cycle. Flow: new in the cycle. A target is the one set in the cycle for the whole period.");
    }

    private static IEnumerable<Block> Balance(EvaluationDocument d)
    {
        var p = d.Participation;
        yield return new Heading(2, "3. Partner balance");
        yield return new Table(["Partner", "Country", "Hosted", "Attended", "Shared", "Published", "Total", "Share"],
            [.. p.Partners.Select(r => (IReadOnlyList<string>)[$"{r.Name} ({r.PartnerId})", r.Country, N(r.Hosted), N(r.Attended), N(r.Shared),
                N(r.Published), N(r.Total), Show.Percent(r.Share)])]);
        yield return new Paragraph($"{p.Partners.Count} partners, {p.Total} contributions. Meetings by kind: {Show.Counts(p.MeetingsByKind)}. "
            + (p.BelowThreshold.Count == 0 ? "No partner is below 5% of the contributions." : $"Below 5% of the contributions: {string.Join(", ", p.BelowThreshold)}."));
    }

    private static IEnumerable<Block> Coverage(EvaluationDocument d)
    {
        yield return new Heading(2, "4. Thematic coverage");
        yield return new Table(["Area", "Practices shared", "Resources published", "Board posts", "Working groups", "Tasks planned", "Covered"],
            [.. d.ThematicCoverage.Select(a => (IReadOnlyList<string>)[a.Area, N(a.PracticesShared), N(a.ResourcesPublished), N(a.BoardPosts),
                N(a.WorkingGroups), N(a.TasksPlanned), a.Covered ? "yes" : "no"])]);
    }

    private static IEnumerable<Block> Feedback(FeedbackSummary f, FeedbackIndicatorRow loop)
    {
        yield return new Heading(2, "7. Migrant feedback");
        yield return new Paragraph($"Entries: {Cell(f.Total)}. Any count below {FeedbackView.MinimumCell} is suppressed, here as everywhere.");
        foreach (var b in f.Breakdowns.Where(b => b.Cells.Count > 0))
            yield return new Table([$"By {b.Dimension}", "Entries"], [.. b.Cells.Select(c => (IReadOnlyList<string>)[c.Key, Cell(c)])]);
        yield return new Table(["Feedback loop", "Value"],
        [
            ["In-scope feedback answered within the stated deadline", ShareText(loop.LoopClosure)],
            ["Median days to a first response", loop.MedianSuppressed ? $"suppressed (fewer than {FeedbackView.MinimumCell} answers)"
                : loop.MedianResponseDays is { } days ? days.ToString(System.Globalization.CultureInfo.InvariantCulture) : "—"],
            ["Sensitive cases referred within 48 hours", ShareText(loop.SensitiveReferredWithin48Hours)],
            ["Plan tasks with documented migrant input", ShareText(loop.MigrantInputToPlanning)],
        ]);
    }

    private static string ShareText(Share share) =>
        share.Suppressed ? $"suppressed (fewer than {FeedbackView.MinimumCell})"
        : share.Value is { } value ? $"{value.ToString(System.Globalization.CultureInfo.InvariantCulture)}% ({share.Numerator} of {share.Denominator})"
        : "— (nothing to count)";

    private static string Cell(FeedbackCell cell) => cell.Suppressed ? $"fewer than {FeedbackView.MinimumCell} (suppressed)" : N(cell.Count ?? 0);

    private static string N(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
