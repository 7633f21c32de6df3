using Observatory.Projections.Feedback;

namespace Observatory.Projections.Evaluations;

/// <summary>
/// The evaluation as a person reads it, in the order of the document; printed as Markdown or as HTML, in English unless
/// another <see cref="EvaluationWording"/> is given. The wording never reaches the document, so its hash is the same in
/// every language.
/// </summary>
public static partial class EvaluationReport
{
    public static string Markdown(EvaluationDocument document, EvaluationWording? wording = null) =>
        MarkdownWriter.Write(Blocks(document, wording));

    public static string Html(EvaluationDocument document, EvaluationWording? wording = null) =>
        HtmlWriter.Write(Title(document, wording), Blocks(document, wording), (wording ?? EvaluationWording.English).Language);

    public static string Title(EvaluationDocument d, EvaluationWording? wording = null)
    {
        var w = wording ?? EvaluationWording.English;
        return w.Format("evaldoc.title", d.Cycle.Stream, w.Span(d.Cycle.From, d.Cycle.To));
    }

    public static IReadOnlyList<Block> Blocks(EvaluationDocument d, EvaluationWording? wording = null)
    {
        var w = wording ?? EvaluationWording.English;
        var blocks = new List<Block> { new Heading(1, Title(d, w)) };
        blocks.AddRange(Cycle(d, w));
        blocks.AddRange(Indicators(d, w));
        blocks.AddRange(Timeline(d.Timeline, w));
        blocks.AddRange(Balance(d, w));
        blocks.AddRange(Coverage(d, w));
        blocks.AddRange(Groups(d, w));
        blocks.AddRange(Resources(d, w));
        blocks.AddRange(Feedback(d.Feedback, d.FeedbackLoop, w));
        blocks.AddRange(Migrants(d, w));
        blocks.AddRange(Outcomes(d.Outcomes, w));
        blocks.AddRange(Plan(d.Plan, w));
        blocks.AddRange(Comparison(d.Comparison, w));
        blocks.Add(new Heading(2, w["evaldoc.reproducing"]));
        // The hash and the command are those of the language-neutral JSON: the same in every language.
        blocks.Add(new Paragraph(w.Format("evaldoc.reproducing.text", d.Network, w.Number(d.UpToPosition), d.Format, CanonicalJson.Hash(d),
            $"observatory evaluate --network {d.Network} --cycle {d.Cycle.Stream} --at-position {d.UpToPosition} --format json")));
        return blocks;
    }

    private static IReadOnlyList<string> Headers(EvaluationWording w, params string[] columns) => [.. columns.Select(c => w["evaldoc.col." + c])];

    private static IEnumerable<Block> Cycle(EvaluationDocument d, EvaluationWording w)
    {
        var c = d.Cycle;
        yield return new Paragraph(w.Format("evaldoc.cycle", d.Network, c.Stream, c.Title is null ? "" : w.Format("evaldoc.cycle.title", c.Title),
            w.Span(c.From, c.To), c.Months, c.ClosedOn is { } closed ? w.Format("evaldoc.cycle.closed", w.Day(closed)) : "", w.Number(d.UpToPosition)));
        yield return c.Leaders.Count == 0
            ? new Paragraph(w["evaldoc.cycle.no-leader"])
            : new BulletList([.. c.Leaders.Select(l => w.Format("evaldoc.cycle.led-by", l.Name, l.PartnerId, w.Span(l.From, l.To)))]);
    }

    private static IEnumerable<Block> Indicators(EvaluationDocument d, EvaluationWording w)
    {
        yield return new Heading(2, w["evaldoc.indicators"]);
        yield return new Table(Headers(w, "indicator", "measure", "value", "target", "attainment", "by-partner", "by-country"),
            [.. d.Indicators.Select(i => (IReadOnlyList<string>)[i.Key, i.Measure, w.Number(i.Value), w.Number(i.Target), w.Percent(i.Attainment),
                w.Counts(i.ByPartner), w.Counts(i.ByCountry)])]);
        yield return new Paragraph(w["evaldoc.indicators.note"]);
    }

    private static IEnumerable<Block> Balance(EvaluationDocument d, EvaluationWording w)
    {
        var p = d.Participation;
        yield return new Heading(2, w["evaldoc.balance"]);
        yield return new Table(Headers(w, "partner", "country", "hosted", "attended", "shared", "published", "total", "share"),
            [.. p.Partners.Select(r => (IReadOnlyList<string>)[$"{r.Name} ({r.PartnerId})", r.Country, N(r.Hosted, w), N(r.Attended, w), N(r.Shared, w),
                N(r.Published, w), N(r.Total, w), w.Percent(r.Share)])]);
        yield return new Paragraph(w.Format("evaldoc.balance.summary", p.Partners.Count, p.Total, w.Counts(p.MeetingsByKind, "meeting-kind"))
            + (p.BelowThreshold.Count == 0 ? w["evaldoc.balance.none-below"] : w.Format("evaldoc.balance.below", string.Join(", ", p.BelowThreshold))));
    }

    private static IEnumerable<Block> Coverage(EvaluationDocument d, EvaluationWording w)
    {
        yield return new Heading(2, w["evaldoc.coverage"]);
        yield return new Table(Headers(w, "area", "practices-shared", "resources-published", "board-posts", "working-groups", "tasks-planned", "covered"),
            [.. d.ThematicCoverage.Select(a => (IReadOnlyList<string>)[w.Term("area", a.Area), N(a.PracticesShared, w), N(a.ResourcesPublished, w), N(a.BoardPosts, w),
                N(a.WorkingGroups, w), N(a.TasksPlanned, w), a.Covered ? w["evaldoc.yes"] : w["evaldoc.no"]])]);
    }

    private static IEnumerable<Block> Feedback(FeedbackSummary f, FeedbackIndicatorRow loop, EvaluationWording w)
    {
        yield return new Heading(2, w["evaldoc.feedback"]);
        yield return new Paragraph(w.Format("evaldoc.feedback.entries", Cell(f.Total, w), FeedbackView.MinimumCell));
        foreach (var b in f.Breakdowns.Where(b => b.Cells.Count > 0))
            yield return new Table([w.Format("evaldoc.feedback.by", b.Dimension), w["evaldoc.col.entries"]], [.. b.Cells.Select(c => (IReadOnlyList<string>)[c.Key, Cell(c, w)])]);
        yield return new Table([w["evaldoc.feedback.loop"], w["evaldoc.col.value"]],
        [
            [w["evaldoc.feedback.answered"], ShareText(loop.LoopClosure, w)],
            [w["evaldoc.feedback.median"], loop.MedianSuppressed ? w.Format("evaldoc.feedback.median-suppressed", FeedbackView.MinimumCell)
                : loop.MedianResponseDays is { } days ? days.ToString(w.Culture) : "—"],
            [w["evaldoc.feedback.referred"], ShareText(loop.SensitiveReferredWithin48Hours, w)],
            [w["evaldoc.feedback.input"], ShareText(loop.MigrantInputToPlanning, w)],
        ]);
    }

    private static string ShareText(Share share, EvaluationWording w) =>
        share.Suppressed ? w.Format("evaldoc.feedback.share-suppressed", FeedbackView.MinimumCell)
        : share.Value is { } value ? w.Format("evaldoc.feedback.share", value.ToString(w.Culture), share.Numerator, share.Denominator)
        : w["evaldoc.feedback.nothing"];

    private static string Cell(FeedbackCell cell, EvaluationWording w) =>
        cell.Suppressed ? w.Format("evaldoc.feedback.cell-suppressed", FeedbackView.MinimumCell) : N(cell.Count ?? 0, w);

    private static string N(int value, EvaluationWording w) => value.ToString(w.Culture);
}
