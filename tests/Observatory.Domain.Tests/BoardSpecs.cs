using Observatory.Domain.Platform;
using Observatory.Domain.Serialization;
using Observatory.Domain.Sharing;

namespace Observatory.Domain.Tests;

/// <summary>Posts on the activity board: what kind they are, and what makes one unfit to publish.</summary>
public class BoardSpecs
{
    private static readonly BoardPostPublished Question = new("markaryd", "Language cafés for adults",
        "Has anyone run a language café with volunteers? How did you find them?", "en", ThematicArea.Education, BoardPostKind.Question);

    [Fact]
    public void A_post_says_what_kind_it_is() =>
        Scenario.Network().When("post-language-cafes", Question).ThenAccepted(Question);

    [Fact]
    public void A_post_of_each_kind_is_accepted()
    {
        foreach (var kind in Enum.GetValues<BoardPostKind>())
            Scenario.Network().When("post-1", Question with { Kind = kind }).ThenAccepted(Question with { Kind = kind });
    }

    [Fact]
    public void A_post_without_a_kind_is_an_announcement() =>
        Assert.Equal(BoardPostKind.Announcement, new BoardPostPublished("bytow", "Closing conference", "On 25 March in Bytów.", "en").Kind);

    [Fact]
    public void A_post_stored_before_kinds_existed_reads_as_an_announcement_in_the_same_schema_version()
    {
        var stored = EventSerializer.Deserialize("board-post-published", 1, """{"partnerId":"bytow","title":"T","body":"B","language":"pl"}""");

        Assert.Equal(BoardPostKind.Announcement, Assert.IsType<BoardPostPublished>(stored).Kind);
        Assert.Equal(1, EventCatalog.For<BoardPostPublished>().SchemaVersion);
    }

    [Fact]
    public void The_kind_is_written_in_kebab_case() =>
        Assert.Contains("\"kind\":\"working-group-call\"", EventSerializer.Serialize(Question with { Kind = BoardPostKind.WorkingGroupCall }).Data,
            StringComparison.Ordinal);

    [Fact]
    public void A_kind_the_board_does_not_know_is_refused_naming_the_field()
    {
        var error = Assert.Throws<EventFormatException>(() => EventSerializer.Deserialize("board-post-published", 1,
            """{"partnerId":"bytow","title":"T","body":"B","language":"pl","kind":"rumour"}"""));

        Assert.Equal("data.kind", error.Field);
    }

    [Fact]
    public void A_post_without_text_is_refused() =>
        Scenario.Network().When("post-1", Question with { Body = "   " }).ThenRefused("body-required", "body");

    [Fact]
    public void A_post_in_an_unknown_language_code_is_refused() =>
        Scenario.Network().When("post-1", Question with { Language = "english" }).ThenRefused("language-code-invalid", "language");

    [Fact]
    public void A_reply_without_text_is_refused() =>
        Scenario.Network().Given("post-1", Question)
            .When("post-1", new BoardReplyPosted("bytow", "", "pl")).ThenRefused("body-required", "body");

    [Fact]
    public void A_post_by_a_partner_outside_the_network_is_refused() =>
        Scenario.Network().When("post-1", Question with { PartnerId = "nowhere" }).ThenRefused("partner-unknown", "partnerId");
}
