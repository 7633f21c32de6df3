using Observatory.Domain.EventStore;
using static Observatory.Store.Tests.TestEvents;

namespace Observatory.Store.Tests.Contract;

public abstract partial class EventStoreContract
{
    [Theory]
    [InlineData("")]
    [InlineData("Bytow")]
    [InlineData("bytów")]
    [InlineData("-bytow")]
    [InlineData("bytow network")]
    [InlineData("bytow/../etc")]
    public async Task An_invalid_network_id_is_refused_naming_the_network_field(string network)
    {
        var append = await Assert.ThrowsAsync<InvalidAppendException>(() => Store.AppendAsync(network, One("network", ExpectedVersion.Any, Event())));
        var read = await Assert.ThrowsAsync<InvalidAppendException>(() => Store.ReadAllAsync(network, 0, 10));

        Assert.Equal("network", append.Field);
        Assert.Equal("network", read.Field);
        Assert.Empty(await Store.ListNetworksAsync());
    }

    [Theory]
    [InlineData("")]
    [InlineData("Network")]
    [InlineData("meeting-")]
    [InlineData("meeting_bytow")]
    [InlineData("7-meeting")]
    [InlineData("meeting-bytów")]
    public async Task An_invalid_stream_name_is_refused_naming_the_stream_field(string stream)
    {
        var refused = await Assert.ThrowsAsync<InvalidAppendException>(() => Store.AppendAsync(Network, One(stream, ExpectedVersion.Any, Event())));

        Assert.Equal("stream", refused.Field);
        Assert.Contains($"'{stream}'", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, await Store.ReadHeadAsync(Network));
    }

    [Fact]
    public async Task Requests_without_events_or_with_bad_events_are_refused_naming_the_field()
    {
        var id = Guid.CreateVersion7();
        var cases = new (string Field, StreamAppend[] Appends)[]
        {
            ("appends", []),
            ("events", [To("network", ExpectedVersion.Any)]),
            ("eventId", [To("network", ExpectedVersion.Any, Event(id: id), Event(id: id))]),
            ("eventId", [To("network", ExpectedVersion.Any, Event(id: Guid.Empty))]),
            ("type", [To("network", ExpectedVersion.Any, Event(type: " "))]),
            ("schemaVersion", [To("network", ExpectedVersion.Any, Event(schemaVersion: 0))]),
            ("actor", [To("network", ExpectedVersion.Any, Event(metadata: new EventMetadata("", Guid.CreateVersion7())))]),
            ("data", [To("network", ExpectedVersion.Any, Event(data: "{\"title\":"))]),
            ("data", [To("network", ExpectedVersion.Any, Event(data: "{\"title\":\"a\\u0000b\"}"))]),
        };

        foreach (var (field, appends) in cases)
        {
            var refused = await Assert.ThrowsAsync<InvalidAppendException>(() => Store.AppendAsync(Network, appends));
            Assert.Equal(field, refused.Field);
        }
        Assert.Equal(0, await Store.ReadHeadAsync(Network));
    }
}
