using Observatory.Domain.DeclaredIndicators;
using Observatory.Domain.Recording;
using Observatory.Domain.Serialization;
using Observatory.Projections.Tests.Seed;

namespace Observatory.Projections.Tests.DeclaredIndicators;

/// <summary>Given the report's network, when an indicator is declared, then the domain's rules accept or name the refusal.</summary>
public class DefinitionRuleSpecs
{
    private static readonly DateTimeOffset Now = new(2023, 5, 1, 10, 0, 0, TimeSpan.Zero);
    private const string Stream = "indicator-study-visits";

    private static NetworkLedger Ledger(params IDomainEvent[] definitions)
    {
        var ledger = SeedLog.Events.Aggregate(NetworkLedger.Empty, (l, e) => l.Evolve(e));
        foreach (var definition in definitions)
        {
            var position = ledger.Position + 1;
            ledger = ledger.Evolve(new RecordedEvent(Guid.NewGuid(), Stream, ledger.StreamVersion(Stream) + 1, position, Now, Now, definition));
        }
        return ledger;
    }

    private static string? Refusal(NetworkLedger ledger, IDomainEvent fact, string stream = Stream) =>
        ledger.Decide(new RecordFact(stream, fact, Now, Now)).Error is { } error ? $"{error.Rule} at {error.Field}" : null;

    [Fact]
    public void A_first_version_and_a_next_version_are_accepted()
    {
        Assert.Null(Refusal(Ledger(), Definitions.StudyVisitsV1));
        Assert.Null(Refusal(Ledger(Definitions.StudyVisitsV1), Definitions.StudyVisitsV2));
    }

    [Fact]
    public void A_version_must_follow_the_previous_one()
    {
        Assert.Equal("indicator-version-sequence at version", Refusal(Ledger(), Definitions.StudyVisitsV1 with { Version = 2 }));
        Assert.Equal("indicator-version-sequence at version", Refusal(Ledger(Definitions.StudyVisitsV1), Definitions.StudyVisitsV2 with { Version = 3 }));
    }

    [Fact]
    public void A_later_version_is_a_redefinition_because_the_opening_event_cannot_repeat()
    {
        Assert.Equal("stream-already-created at type", Refusal(Ledger(Definitions.StudyVisitsV1), Definitions.StudyVisitsV1 with { Version = 2 }));
        Assert.Equal("stream-must-start-with-creating-event at type", Refusal(Ledger(), Definitions.StudyVisitsV2 with { Version = 1 }));
    }

    [Fact]
    public void A_ratio_needs_a_denominator_and_only_a_ratio_has_one()
    {
        Assert.Equal("ratio-needs-denominator at denominator", Refusal(Ledger(), Definitions.StudyVisitsV1 with { Measure = IndicatorMeasure.Ratio }));
        Assert.Equal("denominator-only-for-ratio at denominator",
            Refusal(Ledger(), Definitions.StudyVisitsV1 with { Denominator = new EventSelector("practice-shared") }));
    }

    [Fact]
    public void Filters_distinct_fields_and_disaggregations_must_be_fields_of_the_event_type()
    {
        var mayor = new EventSelector("meeting-held", new Dictionary<string, IReadOnlyList<string>> { ["mayor"] = ["x"] });
        Assert.Equal("filter-field-unknown at numerator.filters.mayor", Refusal(Ledger(), Definitions.StudyVisitsV1 with { Numerator = mayor }));
        Assert.Equal("filter-field-unknown at numerator.distinctField", Refusal(Ledger(), Definitions.StudyVisitsV1 with
        {
            Measure = IndicatorMeasure.DistinctCount,
            Numerator = new EventSelector("meeting-held", DistinctField: "participants.name"),
        }));
        Assert.Equal("filter-field-unknown at disaggregations[0]", Refusal(Ledger(), Definitions.StudyVisitsV1 with { Disaggregations = ["country"] }));
        Assert.Equal("event-type-unknown at numerator.eventType",
            Refusal(Ledger(), Definitions.StudyVisitsV1 with { Numerator = new EventSelector("visit-made") }));
    }

    [Fact]
    public void An_indicator_lives_in_the_stream_named_after_its_key()
    {
        Assert.Equal("indicator-key-not-stream at key", Refusal(Ledger(), Definitions.StudyVisitsV1, "indicator-meetings"));
    }
}
