using Observatory.Domain.Network;
using Observatory.Domain.Platform;
using Observatory.Domain.Serialization;
using Observatory.Projections.Guides;
using Observatory.Projections.Replay;

namespace Observatory.Projections.Tests.Platform;

public class GuideSpecs
{
    private static readonly DateOnly Published = new(2023, 3, 1);

    private static readonly (string, IDomainEvent, DateOnly)[] Guides =
    [
        ("guide-pl-temporary-protection", new CountryGuidePublished(Country.Pl, GuideProcedure.TemporaryProtection, ["pl", "uk"],
            ["Act of 12 March 2022 on assistance to citizens of Ukraine"], new DateOnly(2023, 9, 1), "Temporary protection in Poland", "PESEL UKR and what it gives."), Published),
        ("guide-se-asylum", new CountryGuidePublished(Country.Se, GuideProcedure.Asylum, ["sv", "en"], ["Migrationsverket"], new DateOnly(2023, 6, 1)), Published),
        ("guide-pl-temporary-protection", new CountryGuideReviewed(new DateOnly(2023, 8, 20), new DateOnly(2024, 2, 20), Summary: "Extended to March 2024."),
            new DateOnly(2023, 8, 20)),
    ];

    [Fact]
    public void A_guide_whose_review_date_has_passed_is_overdue_and_the_others_are_within_it()
    {
        var list = GuidesView.Build(Replays.Run(GuidesProjection.Instance, PartnersLog.With(Guides), AsOf.Now), new DateOnly(2023, 7, 1));

        Assert.Equal([("guide-pl-temporary-protection", false, 0), ("guide-se-asylum", true, 30)], list.Guides.Select(g => (g.Stream, g.Overdue, g.DaysOverdue)));
        Assert.Equal((1, 0.5m), (list.WithinReviewDate, list.WithinReviewDateShare));
        Assert.Equal("country-guides-within-review-date", list.IndicatorKey);
    }

    [Fact]
    public void A_review_moves_the_due_date_and_replaces_the_summary_from_its_day_on()
    {
        var state = Replays.Run(GuidesProjection.Instance, PartnersLog.With(Guides), AsOf.Now);

        var before = GuidesView.Build(state, new DateOnly(2023, 8, 19)).Guides.Single(g => g.Procedure == "temporary-protection");
        var after = GuidesView.Build(state, new DateOnly(2023, 9, 2)).Guides.Single(g => g.Procedure == "temporary-protection");

        Assert.Equal((Published, new DateOnly(2023, 9, 1), "PESEL UKR and what it gives."), (before.LastReviewedOn, before.NextReviewDue, before.Summary));
        Assert.Equal((new DateOnly(2023, 8, 20), new DateOnly(2024, 2, 20), "Extended to March 2024.", false),
            (after.LastReviewedOn, after.NextReviewDue, after.Summary, after.Overdue));
    }

    [Fact]
    public void Replayed_as_of_the_position_before_the_review_the_guide_is_overdue_on_a_later_day()
    {
        var log = PartnersLog.With(Guides);
        var review = log.Single(e => e.Event is CountryGuideReviewed);

        var beforeReview = GuidesView.Build(Replays.AsOfPosition(GuidesProjection.Instance, log, review.Position - 1), new DateOnly(2023, 9, 2));

        Assert.True(beforeReview.Guides.Single(g => g.Procedure == "temporary-protection").Overdue);
        Assert.Equal(0, beforeReview.WithinReviewDate);
    }

    [Fact]
    public void A_guide_not_yet_published_on_the_day_is_not_listed() =>
        Assert.Empty(GuidesView.Build(Replays.Run(GuidesProjection.Instance, PartnersLog.With(Guides), AsOf.Now), Published.AddDays(-1)).Guides);

    [Fact]
    public void The_guides_projection_is_in_the_catalogue_so_the_daemon_keeps_it() =>
        Assert.Same(GuidesProjection.Instance, ProjectionCatalog.Find("guides"));
}
