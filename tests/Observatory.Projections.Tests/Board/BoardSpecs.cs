using Observatory.Domain.Corrections;
using Observatory.Domain.Platform;
using Observatory.Domain.Recording;
using Observatory.Domain.Sharing;
using Observatory.Projections.Board;
using Observatory.Projections.Replay;
using Observatory.Projections.Tests.Seed;
using Observatory.Projections.Timeline;

namespace Observatory.Projections.Tests.Board;

/// <summary>The activity board: newest first, replies under their post, an old question without an answer flagged.</summary>
public class BoardSpecs
{
    private static readonly DateOnly Today = new(2023, 6, 30);

    private static readonly BoardPostPublished Visit = new("markaryd", "Study visit in Markaryd", "We welcome two partners in September.", "en",
        ThematicArea.LabourMarket, BoardPostKind.VisitOffer);

    private static readonly BoardPostPublished Question = new("taurage", "Interpreters for parents' evenings", "How do your schools find interpreters?",
        "en", ThematicArea.Education, BoardPostKind.Question);

    private static IReadOnlyList<RecordedEvent> Log(params (string Stream, Domain.Serialization.IDomainEvent Fact, DateOnly On)[] facts) =>
        SeedLog.With([], facts);

    private static BoardPage Page(IReadOnlyList<RecordedEvent> log, BoardQuery? query = null) =>
        BoardView.Build(Replays.Run(BoardProjection.Instance, log, AsOf.Now), query ?? new BoardQuery(Today));

    [Fact]
    public void Posts_are_listed_newest_first()
    {
        var page = Page(Log(("post-visit", Visit, new(2023, 5, 2)), ("post-question", Question, new(2023, 6, 1)),
            ("post-news", Visit with { Kind = BoardPostKind.Announcement, Title = "Closing conference" }, new(2023, 3, 25))));

        Assert.Equal(["post-question", "post-visit", "post-news"], page.Posts.Select(p => p.Stream));
        Assert.Equal(("taurage", "question", "education", "en"), (page.Posts[0].PartnerId, page.Posts[0].Kind, page.Posts[0].Area, page.Posts[0].Language));
    }

    [Fact]
    public void A_question_without_a_reply_older_than_the_chosen_days_is_flagged_unanswered()
    {
        var log = Log(("post-question", Question, Today.AddDays(-15)), ("post-visit", Visit, Today.AddDays(-40)));

        Assert.True(Page(log).Posts.Single(p => p.Stream == "post-question").Unanswered);
        Assert.False(Page(log, new BoardQuery(Today, UnansweredAfterDays: 15)).Posts.Single(p => p.Stream == "post-question").Unanswered);
        Assert.False(Page(log).Posts.Single(p => p.Stream == "post-visit").Unanswered); // only questions wait for answers
        Assert.Equal(1, Page(log).UnansweredQuestions);
    }

    [Fact]
    public void A_reply_from_another_partner_answers_a_question_but_the_askers_own_does_not()
    {
        var asked = Today.AddDays(-30);
        var ownOnly = Log(("post-question", Question, asked), ("post-question", new BoardReplyPosted("taurage", "Anyone?", "en"), asked.AddDays(5)));
        var answered = SeedLog.With(ownOnly, ("post-question", new BoardReplyPosted("bytow-municipality", "Our library keeps a list.", "pl"), asked.AddDays(6)));

        Assert.True(Page(ownOnly).Posts[0].Unanswered);
        var post = Page(answered).Posts[0];
        Assert.False(post.Unanswered);
        Assert.Equal(["taurage", "bytow-municipality"], post.Replies.Select(r => r.PartnerId));
        Assert.Equal(("Our library keeps a list.", "pl", asked.AddDays(6)), (post.Replies[1].Body, post.Replies[1].Language, post.Replies[1].On));
    }

    [Fact]
    public void The_board_filters_by_partner_theme_and_kind()
    {
        var log = Log(("post-visit", Visit, new(2023, 5, 2)), ("post-question", Question, new(2023, 6, 1)),
            ("post-internship", Visit with { Kind = BoardPostKind.InternshipOffer, ThematicArea = ThematicArea.Education }, new(2023, 6, 2)));

        Assert.Equal(["post-internship", "post-visit"], Page(log, new BoardQuery(Today, Partner: "markaryd")).Posts.Select(p => p.Stream));
        Assert.Equal(["post-internship", "post-question"], Page(log, new BoardQuery(Today, Area: "education")).Posts.Select(p => p.Stream));
        Assert.Equal(["post-internship"], Page(log, new BoardQuery(Today, Area: "education", Kind: "internship-offer")).Posts.Select(p => p.Stream));
    }

    [Fact]
    public void As_of_a_position_the_board_shows_only_what_was_posted_by_then()
    {
        var log = Log(("post-question", Question, Today.AddDays(-30)), ("post-visit", Visit, Today.AddDays(-20)),
            ("post-question", new BoardReplyPosted("markaryd", "We pay a translation agency.", "en"), Today.AddDays(-10)));

        var before = BoardView.Build(Replays.AsOfPosition(BoardProjection.Instance, log, 2), new BoardQuery(Today));
        var after = BoardView.Build(Replays.AsOfPosition(BoardProjection.Instance, log, 3), new BoardQuery(Today));

        Assert.Equal((2, true), (before.Posts.Count, before.Posts.Single(p => p.Stream == "post-question").Unanswered));
        Assert.False(after.Posts.Single(p => p.Stream == "post-question").Unanswered);
    }

    [Fact]
    public void As_of_a_day_a_question_asked_later_is_not_there_and_its_age_is_counted_to_that_day()
    {
        var log = Log(("post-question", Question, new(2023, 6, 1)), ("post-later", Question with { Title = "Later" }, new(2023, 6, 20)));

        var onTheTenth = BoardView.Build(Replays.Run(BoardProjection.Instance, log, AsOf.Now), new BoardQuery(new(2023, 6, 10)));

        Assert.Equal(["post-question"], onTheTenth.Posts.Select(p => p.Stream));
        Assert.False(onTheTenth.Posts[0].Unanswered); // 9 days old on the 10th
    }

    [Fact]
    public void A_retracted_post_leaves_the_board()
    {
        var log = Log(("post-visit", Visit, new(2023, 5, 2)));
        var retracted = SeedLog.With(log, ("post-visit", new EntryRetracted(log[0].EventId, "posted twice"), new(2023, 5, 3)));

        Assert.Empty(Page(retracted).Posts);
    }

    [Fact]
    public void Posts_and_replies_count_in_the_timeline_as_communication_by_their_partner()
    {
        var log = Log(("post-question", Question, new(2023, 6, 1)), ("post-question", new BoardReplyPosted("markaryd", "We pay an agency.", "en"), new(2023, 6, 3)));

        var timeline = TimelineView.Build(Replays.Run(TimelineProjection.Instance, log, AsOf.Now), new TimelineQuery(Today));

        Assert.Equal(1, timeline.For("taurage", "2023-06").Communicated);
        Assert.Equal(1, timeline.For("markaryd", "2023-06").Communicated);
        Assert.Equal(2, timeline.Network("2023-Q2").Communicated);
    }
}
