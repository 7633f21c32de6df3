using Catalogue = Observatory.Domain.Evaluations.Indicators;
using Observatory.Projections.Roster;

namespace Observatory.Projections.Guides;

/// <summary>
/// A guide as it stands on a day: the latest summary and sources, the day it was last reviewed (its publication until
/// a review) and when the next review is due. <see cref="DaysOverdue"/> counts from the due day, which is still in time.
/// </summary>
public sealed record CountryGuide(string Stream, string Country, string Procedure, string? Title, string? Summary,
    IReadOnlyList<string> Languages, IReadOnlyList<string> Sources, DateOnly PublishedOn, DateOnly LastReviewedOn, DateOnly NextReviewDue,
    int DaysOverdue)
{
    public bool Overdue => DaysOverdue > 0;
}

/// <summary>The guides on <see cref="On"/>, by country then procedure, and the indicator "country guides within their review date".</summary>
public sealed record GuideList(DateOnly On, IReadOnlyList<CountryGuide> Guides)
{
    public string IndicatorKey => Catalogue.CountryGuidesWithinReviewDate;

    public int WithinReviewDate => Guides.Count(g => !g.Overdue);

    public decimal? WithinReviewDateShare => Guides.Count == 0 ? null : Math.Round((decimal)WithinReviewDate / Guides.Count, 4);
}

public static class GuidesView
{
    /// <summary>The guides published by <paramref name="on"/>, with the reviews made by then.</summary>
    public static GuideList Build(GuidesState state, DateOnly on)
    {
        var reviews = state.Reviews.Values.Where(r => r.Fact.ReviewedOn <= on).GroupBy(r => r.Meta.Stream, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.Fact.ReviewedOn).ThenBy(r => r.Meta.Position).ToList(), StringComparer.Ordinal);
        var guides = state.Published.Values.Where(p => p.Meta.OccurredOn <= on).Select(p =>
        {
            var (summary, sources, reviewed, due) = (p.Fact.Summary, p.Fact.Sources, p.Meta.OccurredOn, p.Fact.NextReviewDue);
            foreach (var review in reviews.GetValueOrDefault(p.Meta.Stream) ?? [])
                (summary, sources, reviewed, due) = (review.Fact.Summary ?? summary, review.Fact.Sources ?? sources, review.Fact.ReviewedOn, review.Fact.NextReviewDue);
            return new CountryGuide(p.Meta.Stream, Keys.Of(p.Fact.Country), Keys.Of(p.Fact.Procedure), p.Fact.Title, summary,
                p.Fact.Languages, sources, p.Meta.OccurredOn, reviewed, due, Math.Max(0, on.DayNumber - due.DayNumber));
        });
        return new GuideList(on, [.. guides.OrderBy(g => g.Country, StringComparer.Ordinal).ThenBy(g => g.Procedure, StringComparer.Ordinal)
            .ThenBy(g => g.Stream, StringComparer.Ordinal)]);
    }
}
