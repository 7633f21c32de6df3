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
}
