using Observatory.Domain.Network;
using Observatory.Domain.Serialization;

namespace Observatory.Domain.Tests;

public class SerializerSpecs
{
    [Fact]
    public void An_event_with_an_unknown_field_is_refused_and_the_field_is_named()
    {
        var error = Assert.Throws<EventFormatException>(() => EventSerializer.Deserialize(
            "network-founded", 1, """{"name":"N","foundedOn":"2022-01-01","mayor":"x"}"""));
        Assert.Contains("mayor", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_survives_a_round_trip_with_its_wire_name_and_enum_spelling()
    {
        var (type, version, data) = EventSerializer.Serialize(
            new PartnerJoined("markaryd", "Municipality of Markaryd", Country.Se, PartnerKind.Municipality, new DateOnly(2020, 9, 1)));
        Assert.Equal("partner-joined", type);
        Assert.Equal(1, version);
        Assert.Contains("\"country\":\"se\"", data, StringComparison.Ordinal);
        Assert.Equal(new PartnerJoined("markaryd", "Municipality of Markaryd", Country.Se, PartnerKind.Municipality, new DateOnly(2020, 9, 1)),
            EventSerializer.Deserialize(type, version, data));
    }

    [Fact]
    public void A_missing_required_field_is_refused_and_named()
    {
        var error = Assert.Throws<EventFormatException>(() => EventSerializer.Deserialize(
            "network-founded", 1, """{"foundedOn":"2022-01-01"}"""));
        Assert.Contains("name", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, "partner-joined", 1, """{"partnerId":"markaryd","name":"Markaryd","country":"se","kind":"municipality","joinedOn":"2020-09-01"}""")]
    [InlineData(true, "practice-shared", 1, """{"title":"Språkcafé — Tauragė 🤝","thematicArea":"education","partnerId":"markaryd"}""")]
    [InlineData(false, "network-founded", 1, """{"name":"N","foundedOn":"2022-01-01","mayor":"x"}""")]
    [InlineData(false, "network-founded", 1, """{"foundedOn":"2022-01-01"}""")]
    [InlineData(false, "network-founded", 1, """{"name":"N","foundedOn":"not a date"}""")]
    [InlineData(false, "network-founded", 1, "null")]
    [InlineData(false, "practice-shared", 1, "[]")]
    [InlineData(false, "network-founded", 9, """{"name":"N","foundedOn":"2022-01-01"}""")]
    [InlineData(false, "network-dissolved", 1, "{}")]
    public void Reading_from_utf8_bytes_gives_the_same_event_or_the_same_error_as_reading_from_a_string(bool valid, string type, int version, string data)
    {
        var fromString = Read(() => EventSerializer.Deserialize(type, version, data));
        var fromBytes = Read(() => EventSerializer.Deserialize(type, version, System.Text.Encoding.UTF8.GetBytes(data)));
        Assert.Equal(fromString, fromBytes);
        Assert.Equal(valid, fromString.StartsWith('{'));
    }

    // The event as its canonical JSON (records holding lists do not compare by value), or the error as field and rule.
    private static string Read(Func<IDomainEvent> read)
    {
        try
        {
            return EventSerializer.Serialize(read()).Data;
        }
        catch (EventFormatException e)
        {
            return $"{e.Field} | {e.Rule}";
        }
    }
}
