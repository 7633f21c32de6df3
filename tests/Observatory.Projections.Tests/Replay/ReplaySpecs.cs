using Observatory.Domain.Recording;
using Observatory.Projections.Replay;
using Observatory.Projections.Tests.Seed;
using Observatory.Projections.WorkingGroups;

namespace Observatory.Projections.Tests.Replay;

public class ReplaySpecs
{
    [Fact]
    public void A_replay_as_of_a_position_stops_reading_at_the_first_later_event()
    {
        var read = 0;
        IEnumerable<RecordedEvent> Counting()
        {
            foreach (var e in SeedLog.Events)
            {
                read++;
                yield return e;
            }
        }

        var state = Replays.AsOfPosition(Observatory.Projections.Timeline.TimelineProjection.Instance, Counting(), 20);

        Assert.Equal(21, read);
        Assert.Equal(2, state.Sharing.Meetings.Count);
    }

    [Fact]
    public void The_difference_between_two_moments_lists_added_and_changed_entries()
    {
        var formed = RichLog.Events.Single(e => e.Event is Domain.WorkingGroups.WorkingGroupFormed);
        var closed = RichLog.Events.Single(e => e.Event is Domain.WorkingGroups.WorkingGroupClosed);

        var before = WorkingGroupsView.Registry(Replays.AsOfPosition(WorkingGroupsProjection.Instance, RichLog.Events, formed.Position + 1));
        var after = WorkingGroupsView.Registry(Replays.AsOfPosition(WorkingGroupsProjection.Instance, RichLog.Events, closed.Position));
        var empty = WorkingGroupsView.Registry(Replays.AsOfPosition(WorkingGroupsProjection.Instance, RichLog.Events, formed.Position - 1));

        Assert.Equal([new StateChange("$[0].closedOn", ChangeKind.Added, null, "\"2023-11-26\"")], StateDiff.Between(before, after));
        var added = Assert.Single(StateDiff.Between(empty, before));
        Assert.Equal(("$[0]", ChangeKind.Added), (added.Path, added.Kind));
        Assert.Contains("\"topic\":\"Language education\"", added.After, StringComparison.Ordinal);
        Assert.Empty(StateDiff.Between(after, after));
    }

    [Fact]
    public void A_working_group_registry_shows_the_lead_first_and_the_members_who_joined()
    {
        var group = Assert.Single(WorkingGroupsView.Registry(Replays.Run(WorkingGroupsProjection.Instance, RichLog.Events, AsOf.Now)));

        Assert.Equal(("Language education", "education"), (group.Topic, group.ThematicArea));
        Assert.Equal(["markaryd", "taurage"], group.Members);
        Assert.False(group.IsOpenOn(new DateOnly(2024, 1, 1)));
    }
}
