using Observatory.Domain.Feedback;
using static Observatory.Domain.Tests.Feedback.LoopHistory;

namespace Observatory.Domain.Tests.Feedback;

/// <summary>The coding frame is versioned one by one; the deadline is a number of days the network promises.</summary>
public class MechanismSpecs
{
    private static Scenario Established() => Scenario.Network().Given("mechanism", new FeedbackMechanismEstablished(30));

    [Fact]
    public void A_mechanism_starts_with_its_stated_response_deadline() =>
        Scenario.Network().When("mechanism", new FeedbackMechanismEstablished(0)).ThenRefused("response-deadline-out-of-range", "responseDeadlineDays");

    [Fact]
    public void The_deadline_can_change_later() =>
        Planned().When("mechanism", new ResponseDeadlineSet(14)).ThenAccepted(new ResponseDeadlineSet(14));

    [Fact]
    public void The_next_frame_version_follows_the_last() =>
        Planned().When("mechanism", FrameV1 with { Version = 2 }).ThenAccepted();

    [Fact]
    public void A_frame_version_that_skips_or_repeats_is_refused() =>
        Planned().When("mechanism", FrameV1 with { Version = 3 }).ThenRefused("coding-frame-version-sequence", "version");

    [Fact]
    public void The_mechanism_has_one_stream() =>
        Scenario.Network().When("mechanism-2", new FeedbackMechanismEstablished(30)).ThenRefused("stream-name-invalid", "stream");

    [Fact]
    public void A_category_without_codes_is_refused() =>
        Established().When("mechanism", new CodingFramePublished(1, [new CodingCategory("housing", [])]))
            .ThenRefused("coding-category-empty", "categories[0].codes");

    [Fact]
    public void A_code_listed_twice_is_refused() =>
        Established().When("mechanism", new CodingFramePublished(1, [new CodingCategory("housing", ["rent", "rent"])]))
            .ThenRefused("coding-code-listed-twice", "categories[0].codes[1]");

    [Theory]
    [InlineData(0)]
    [InlineData(366)]
    public void The_deadline_is_from_one_day_to_a_year(int days) =>
        Planned().When("mechanism", new ResponseDeadlineSet(days)).ThenRefused("response-deadline-out-of-range", "days");
}
