using Observatory.Domain.Corrections;
using Observatory.Domain.Meetings;
using Observatory.Domain.Sharing;
using Observatory.Projections.Evaluations;
using Observatory.Projections.Tests.Seed;

namespace Observatory.Projections.Tests.Evaluations;

/// <summary>Given an evaluation published at the head of the report's log, when later events are recorded, then verify names the ones that restate it.</summary>
public class RestatementSpecs
{
    private const string Network = SeedEvaluationSpecs.Network;
    private static readonly long Published = SeedLog.Events[^1].Position;

    private static readonly Guid GdanskModel = SeedLog.Events.Single(e => e.Stream == "practice-gdansk-model").EventId;

    private static (EvaluationCycle Cycle, string Hash) Publish()
    {
        var cycle = EvaluationCycles.Resolve(SeedLog.Events, CycleSelector.Default);
        return (cycle, CanonicalJson.Hash(EvaluationBuilder.Build(Network, SeedLog.Events, cycle, Published)));
    }

    [Fact]
    public void With_nothing_recorded_since_publication_the_evaluation_matches_and_nothing_is_restated()
    {
        var (cycle, hash) = Publish();

        var check = EvaluationVerifier.Verify(Network, SeedLog.Events, cycle, Published, hash);

        Assert.True(check.Matches);
        Assert.False(check.Restated);
        Assert.Empty(check.Restatements);
    }

    [Fact]
    public void A_retraction_and_a_late_entry_in_the_period_are_listed_by_event_and_a_fact_after_the_period_is_not()
    {
        var (cycle, hash) = Publish();
        var log = SeedLog.With(SeedLog.Events,
            ("practice-gdansk-model", new EntryRetracted(GdanskModel, "shared by the city of Gdańsk, not by a partner"), new DateOnly(2023, 9, 1)),
            ("meeting-taurage-2023-10", new MeetingHeld(MeetingKind.StudyVisit, "taurage", "After the project", new DateOnly(2023, 10, 2), new DateOnly(2023, 10, 4),
                [new Domain.Meetings.Participation("taurage")], "Tauragė, Lithuania"), new DateOnly(2023, 10, 2)),
            ("resource-late-legal-guide", new ResourcePublished(ResourceKind.Legal, "Legal guide for newcomers", "pl", "https://example.org/guide",
                PartnerId: "bytow-district"), new DateOnly(2022, 11, 15)));

        var check = EvaluationVerifier.Verify(Network, log, cycle, Published, hash);

        Assert.True(check.Matches);
        Assert.True(check.Restated);
        // Positions follow the seed, whatever its length: the three facts come right after it.
        var seed = SeedLog.Events.Count;
        Assert.Equal([(seed + 1L, "entry-retracted", "practice-gdansk-model", log[seed].EventId), (seed + 3L, "resource-published", "resource-late-legal-guide", log[seed + 2].EventId)],
            check.Restatements.Select(r => (r.Position, r.Type, r.Stream, r.EventId)));
        Assert.Contains(check.Restatements[0].Changes, c => c.Path.StartsWith("$.timeline.practices[4]", StringComparison.Ordinal));
        Assert.Contains(check.Restatements[1].Changes, c => c.Path.StartsWith("$.resources.items", StringComparison.Ordinal));
    }

    [Fact]
    public void A_hash_that_the_log_does_not_give_does_not_match()
    {
        var (cycle, hash) = Publish();

        var check = EvaluationVerifier.Verify(Network, SeedLog.Events, cycle, Published, new string('0', 64));

        Assert.False(check.Matches);
        Assert.Equal(hash, check.RecomputedHash);
    }

    [Fact]
    public void A_term_stream_selects_the_term_before_its_cycle_is_opened_and_an_unknown_stream_is_refused()
    {
        var cycle = EvaluationCycles.Resolve(SeedLog.Events, new CycleSelector.CycleStream("cycle-bytow-municipality-2020-09"));
        var error = Assert.Throws<EvaluationException>(() => EvaluationCycles.Resolve(SeedLog.Events, new CycleSelector.CycleStream("cycle-nobody")));

        Assert.Equal(new DateOnly(2020, 9, 1), cycle.From);
        Assert.Equal("cycle", error.Field);
    }
}
