using Observatory.Domain.Corrections;
using Observatory.Domain.Recording;
using Observatory.Projections.Replay;
using Observatory.Projections.Tests.Seed;
using Observatory.Projections.Timeline;

namespace Observatory.Projections.Tests.Timeline;

/// <summary>The report dates the first visit to September 2020; the press items, and the seed's last line, to September 2021.</summary>
public class CorrectionSpecs
{
    private static readonly DateOnly Today = new(2023, 6, 30);

    private static IReadOnlyList<RecordedEvent> Log => SeedLog.Events;

    private static RecordedEvent Correction => Log.Single(e => e.Event is EntryCorrected c && c.EventId == SeedLog.FirstVisit);

    private static global::Observatory.Projections.Timeline.Timeline View(TimelineState state, DateOnly? asOf = null) => TimelineView.Build(state, new TimelineQuery(asOf ?? Today));

    [Fact]
    public void As_of_a_position_before_the_correction_the_first_visit_is_in_september_2020()
    {
        var timeline = View(Replays.AsOfPosition(TimelineProjection.Instance, Log, Correction.Position - 1));

        Assert.Equal(1, timeline.For("bytow-municipality", "2020-09").Hosted);
        Assert.Equal(8, timeline.Network("2020-Q3").Attended);
        Assert.Equal(0, timeline.Network("2021-09").Total);
    }

    [Fact]
    public void As_of_the_correction_the_first_visit_is_in_september_2021()
    {
        var timeline = View(Replays.AsOfPosition(TimelineProjection.Instance, Log, Correction.Position));

        Assert.Equal(1, timeline.For("bytow-municipality", "2021-09").Hosted);
        Assert.Equal(8, timeline.Network("2021-Q3").Attended);
        Assert.Equal(0, timeline.For("bytow-municipality", "2020-09").Hosted);
    }

    [Fact]
    public void Known_at_a_moment_before_the_correction_was_recorded_the_original_shows()
    {
        var recordedLater = Log.Select(e => e == Correction ? e with { RecordedAt = new DateTimeOffset(2023, 5, 2, 8, 0, 0, TimeSpan.Zero) } : e).ToList();

        var then = View(Replays.AsKnownAt(TimelineProjection.Instance, recordedLater, new DateTimeOffset(2023, 5, 1, 0, 0, 0, TimeSpan.Zero)));
        var now = View(Replays.AsKnownAt(TimelineProjection.Instance, recordedLater, new DateTimeOffset(2023, 5, 3, 0, 0, 0, TimeSpan.Zero)));

        Assert.Equal((1, 0), (then.For("bytow-municipality", "2020-09").Hosted, then.For("bytow-municipality", "2021-09").Hosted));
        Assert.Equal((0, 1), (now.For("bytow-municipality", "2020-09").Hosted, now.For("bytow-municipality", "2021-09").Hosted));
    }

    [Fact]
    public void What_had_happened_by_a_day_uses_the_corrected_date_of_the_visit()
    {
        var beforeTheVisit = Replays.AsHappenedBy(TimelineProjection.Instance, Log, new DateOnly(2021, 8, 31));
        var afterTheVisit = Replays.AsHappenedBy(TimelineProjection.Instance, Log, new DateOnly(2021, 9, 30));

        // By the end of August 2021 the network had been founded, but (as now known) had not met yet.
        Assert.Empty(beforeTheVisit.Sharing.Meetings);
        Assert.Equal(8, RosterSize(beforeTheVisit));
        var meeting = Assert.Single(afterTheVisit.Sharing.Meetings).Value;
        Assert.Equal(new DateOnly(2021, 9, 1), meeting.Fact.StartsOn);
    }

    [Fact]
    public void The_difference_between_before_and_after_the_correction_is_the_visit_dates()
    {
        var before = Replays.AsOfPosition(TimelineProjection.Instance, Log, Correction.Position - 1);
        var after = Replays.AsOfPosition(TimelineProjection.Instance, Log, Correction.Position);

        var changes = StateDiff.Between(TimelineProjection.Instance, before, after);

        Assert.Equal(
        [
            new StateChange($"$.sharing.meetings['{SeedLog.FirstVisit}'].fact.startsOn", ChangeKind.Changed, "\"2020-09-01\"", "\"2021-09-01\""),
            new StateChange($"$.sharing.meetings['{SeedLog.FirstVisit}'].fact.endsOn", ChangeKind.Changed, "\"2020-09-30\"", "\"2021-09-30\""),
        ], changes.OrderByDescending(c => c.Path.EndsWith("startsOn", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_correction_shortens_every_partners_longest_silence_from_twenty_months_to_eight()
    {
        var before = View(Replays.AsOfPosition(TimelineProjection.Instance, Log, Correction.Position - 1), new DateOnly(2023, 4, 30));
        var after = View(Replays.AsOfPosition(TimelineProjection.Instance, Log, Correction.Position), new DateOnly(2023, 4, 30));

        Assert.Equal(new PartnerSilence("frankenberg", "2020-09", "2023-03", 20, "2020-10", 1), before.Silences.Single(s => s.PartnerId == "frankenberg"));
        Assert.Equal(new PartnerSilence("frankenberg", "2021-09", "2023-03", 8, "2021-10", 1), after.Silences.Single(s => s.PartnerId == "frankenberg"));
        Assert.Empty(after.SilentPartners);
    }

    [Fact]
    public void Partners_without_activity_for_more_than_the_chosen_months_are_named_silent()
    {
        var state = Replays.Run(TimelineProjection.Instance, Log, AsOf.Now);

        var endOfYear = TimelineView.Build(state, new TimelineQuery(new DateOnly(2023, 12, 31), SilentForMoreThanMonths: 8));
        var lenient = TimelineView.Build(state, new TimelineQuery(new DateOnly(2023, 12, 31), SilentForMoreThanMonths: 9));

        // Bytów municipality, Markaryd and Tauragė last wrote on the activity board in April 2023; the others were last active in March.
        Assert.Equal(["bytow-district", "frankenberg", "parasol", "schmalkalden-meiningen", "vorpommern-ruegen"], endOfYear.SilentPartners);
        Assert.Equal(8, endOfYear.Silences.Single(s => s.PartnerId == "markaryd").CurrentSilenceMonths);
        Assert.Equal(9, endOfYear.Silences.Single(s => s.PartnerId == "frankenberg").CurrentSilenceMonths);
        Assert.Empty(lenient.SilentPartners);
    }

    [Fact]
    public void A_retracted_practice_no_longer_counts_as_shared()
    {
        var practice = Log.Single(e => e.Stream == "practice-runde-tische");
        var log = SeedLog.With(Log, ("practice-runde-tische", new EntryRetracted(practice.EventId, "duplicate of another entry"), new DateOnly(2023, 5, 1)));

        var timeline = View(Replays.Run(TimelineProjection.Instance, log, AsOf.Now));

        Assert.Equal(4, timeline.Months.Sum(m => m.Counts.Shared));
        Assert.Equal(0, timeline.For("vorpommern-ruegen", "2022-10").Shared);
    }

    private static int RosterSize(TimelineState state) => Projections.Roster.RosterView.Partners(state.Roster).Count;
}
