using Observatory.Domain.Deciding;
using Observatory.Domain.Network;
using Observatory.Domain.Recording;
using Observatory.Domain.Serialization;

namespace Observatory.Domain.Tests;

/// <summary>
/// Given(facts) / When(command or fact) / Then(facts or the refusing rule). Given facts go through the same rules
/// as any recorded fact, so a specification can only start from a history the domain would have accepted.
/// </summary>
internal sealed class Scenario
{
    public static readonly DateTimeOffset Now = new(2023, 4, 15, 10, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly DefaultDay = new(2022, 6, 10);
    public static readonly DateOnly Founding = new(2020, 9, 1);

    private Decision? decision;
    private int eventCount;

    public NetworkLedger Ledger { get; private set; } = NetworkLedger.Empty;

    public Guid LastEventId { get; private set; }

    public static Scenario Empty() => new();

    /// <summary>The report's seven partners plus the Parasol foundation, all members since September 2020.</summary>
    public static Scenario Network()
    {
        var scenario = new Scenario().Given("network", new NetworkFounded("Integration observatory", Founding), Founding);
        foreach (var (id, kind, country) in Partners)
            scenario.Given("network", new PartnerJoined(id, $"Partner {id}", country, kind, Founding), Founding);
        return scenario;
    }

    public static readonly (string Id, PartnerKind Kind, Country Country)[] Partners =
    [
        ("bytow", PartnerKind.Municipality, Country.Pl),
        ("bytow-district", PartnerKind.District, Country.Pl),
        ("frankenberg", PartnerKind.Municipality, Country.De),
        ("markaryd", PartnerKind.Municipality, Country.Se),
        ("taurage", PartnerKind.Municipality, Country.Lt),
        ("vorpommern-ruegen", PartnerKind.District, Country.De),
        ("schmalkalden-meiningen", PartnerKind.District, Country.De),
        ("parasol", PartnerKind.Organisation, Country.Pl),
    ];

    public Scenario Given(string stream, IDomainEvent fact, DateOnly? on = null)
    {
        var outcome = Ledger.Decide(new RecordFact(stream, fact, At(on ?? DefaultDay), Now));
        Assert.True(outcome.IsAccepted, $"The given history is not valid: {outcome.Error}");
        return Recorded(stream, fact, on);
    }

    public Scenario Given(Command command)
    {
        var outcome = Ledger.Decide(command);
        Assert.True(outcome.IsAccepted, $"The given command is refused: {outcome.Error}");
        foreach (var fact in outcome.Events)
            Recorded(command.Stream, fact, DateOnly.FromDateTime(command.OccurredOn.UtcDateTime));
        return this;
    }

    public Scenario When(string stream, IDomainEvent fact, DateOnly? on = null) =>
        When(new RecordFact(stream, fact, At(on ?? DefaultDay), Now));

    public Scenario When(RecordFact command)
    {
        decision = Ledger.Decide(command);
        return this;
    }

    public Scenario When(Command command)
    {
        decision = Ledger.Decide(command);
        return this;
    }

    /// <summary>Compares facts by their wire form, which is what the log will hold.</summary>
    public Scenario ThenAccepted(params IDomainEvent[] expected)
    {
        Assert.NotNull(decision);
        Assert.True(decision.IsAccepted, $"Expected acceptance, got {decision.Error}");
        Assert.Equal(expected.Select(Wire), decision.Events.Select(Wire));
        return this;
    }

    public Scenario ThenAccepted()
    {
        Assert.NotNull(decision);
        Assert.True(decision.IsAccepted, $"Expected acceptance, got {decision.Error}");
        Assert.Single(decision.Events);
        return this;
    }

    public DomainError ThenRefused(string rule, string? field)
    {
        Assert.NotNull(decision);
        Assert.False(decision.IsAccepted, "Expected a refusal, but the command was accepted.");
        Assert.Empty(decision.Events);
        Assert.Equal((rule, field), (decision.Error!.Rule, decision.Error.Field));
        return decision.Error;
    }

    public static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);

    private static string Wire(IDomainEvent fact)
    {
        var (type, version, data) = EventSerializer.Serialize(fact);
        return $"{type}@{version} {data}";
    }

    private Scenario Recorded(string stream, IDomainEvent fact, DateOnly? on)
    {
        eventCount++;
        LastEventId = new Guid(eventCount, 0, 0, new byte[8]);
        Ledger = Ledger.Evolve(new RecordedEvent(LastEventId, stream, Ledger.StreamVersion(stream) + 1, Ledger.Position + 1,
            At(on ?? DefaultDay), Now, fact));
        return this;
    }
}

internal static class Dates
{
    public static DateOnly D(int year, int month, int day) => new(year, month, day);
}
