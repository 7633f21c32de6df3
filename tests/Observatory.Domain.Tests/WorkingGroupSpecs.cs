using Observatory.Domain.Network;
using Observatory.Domain.Sharing;
using Observatory.Domain.WorkingGroups;
using static Observatory.Domain.Tests.Dates;

namespace Observatory.Domain.Tests;

public class WorkingGroupSpecs
{
    private static readonly DateTimeOffset Now = Scenario.Now;

    private static Scenario LanguageGroup() =>
        Scenario.Network().Given(new FormWorkingGroup("language-education", "Language education", "markaryd", D(2022, 6, 9), Now));

    [Fact]
    public void A_working_group_is_formed_on_a_topic_with_a_lead_partner() =>
        Scenario.Network().When(new FormWorkingGroup("language-education", "Language education", "markaryd", D(2022, 6, 9), Now, ThematicArea.Education))
            .ThenAccepted(new WorkingGroupFormed("Language education", "markaryd", D(2022, 6, 9), ThematicArea.Education));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_working_group_needs_a_topic(string topic) =>
        Scenario.Network().When(new FormWorkingGroup("x", topic, "markaryd", D(2022, 6, 9), Now)).ThenRefused("working-group-topic-required", "topic");

    [Fact]
    public void A_partner_who_left_cannot_lead_a_group() =>
        Scenario.Network().Given("network", new PartnerLeft("taurage", D(2022, 1, 1)))
            .When(new FormWorkingGroup("x", "Labour market", "taurage", D(2022, 6, 9), Now)).ThenRefused("partner-not-current", "leadPartnerId");

    [Fact]
    public void A_current_partner_joins_an_open_group() =>
        LanguageGroup().When(new JoinWorkingGroup("language-education", "bytow", D(2022, 7, 1), Now))
            .ThenAccepted(new WorkingGroupMemberJoined("bytow", D(2022, 7, 1)));

    [Fact]
    public void A_partner_joins_a_group_once() =>
        LanguageGroup().Given(new JoinWorkingGroup("language-education", "bytow", D(2022, 7, 1), Now))
            .When(new JoinWorkingGroup("language-education", "bytow", D(2022, 8, 1), Now)).ThenRefused("partner-already-in-group", "partnerId");

    [Fact]
    public void The_lead_partner_is_already_a_member() =>
        LanguageGroup().When(new JoinWorkingGroup("language-education", "markaryd", D(2022, 8, 1), Now)).ThenRefused("partner-already-in-group", "partnerId");

    [Fact]
    public void Joining_a_closed_group_is_refused() =>
        LanguageGroup().Given(new CloseWorkingGroup("language-education", D(2023, 1, 31), Now, "work done"))
            .When(new JoinWorkingGroup("language-education", "bytow", D(2023, 2, 1), Now)).ThenRefused("working-group-closed", null);

    [Fact]
    public void A_closed_group_is_not_closed_again() =>
        LanguageGroup().Given(new CloseWorkingGroup("language-education", D(2023, 1, 31), Now))
            .When(new CloseWorkingGroup("language-education", D(2023, 2, 1), Now)).ThenRefused("working-group-closed", null);

    [Fact]
    public void A_partner_who_left_cannot_join_a_group() =>
        LanguageGroup().Given("network", new PartnerLeft("taurage", D(2022, 7, 1)))
            .When(new JoinWorkingGroup("language-education", "taurage", D(2022, 8, 1), Now)).ThenRefused("partner-not-current", "partnerId");

    [Fact]
    public void Nobody_joins_a_group_before_it_was_formed() =>
        LanguageGroup().When(new JoinWorkingGroup("language-education", "bytow", D(2022, 6, 1), Now)).ThenRefused("before-group-formed", "joinedOn");
}
