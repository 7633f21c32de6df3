using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Observatory.Host.Stores;
using static Observatory.Store.Tests.TestEvents;

namespace Observatory.Store.Tests;

/// <summary>
/// Stored events carry their fingerprint; a fingerprint computed differently after an upgrade would turn every
/// idempotent retry of an old event into a conflict. The one-shot hash must equal the original incremental layout.
/// </summary>
public sealed class ContentHashLayout
{
    [Theory]
    [InlineData("network", "{}")]
    [InlineData("meeting-bytow-2023", PracticeData)]
    [InlineData("practice-zwölf", """{"title":"Café für Neuankömmlinge – ½ Tag","emoji":"🌍"}""")]
    public void The_fingerprint_is_sha256_over_the_length_prefixed_layout(string stream, string data)
    {
        var e = Event(type: "practice-shared", data: data, schemaVersion: 3, occurredOn: April2023.AddTicks(1_234_567));
        var utf8 = Encoding.UTF8.GetBytes(data);

        Assert.Equal(Incremental(stream, e.Type, e.SchemaVersion, StoreClock.ToUnixMicroseconds(e.OccurredOn), utf8),
            EventContentHash.Compute(stream, e, utf8));
    }

    [Fact]
    public void A_large_body_hashes_the_same_way()
    {
        var data = "{\"text\":\"" + new string('x', 200_000) + "\"}";
        var e = Event(data: data);
        var utf8 = Encoding.UTF8.GetBytes(data);

        Assert.Equal(Incremental("network", e.Type, e.SchemaVersion, StoreClock.ToUnixMicroseconds(e.OccurredOn), utf8),
            EventContentHash.Compute("network", e, utf8));
    }

    // The layout as first written: IncrementalHash over length-prefixed stream and type, then three big-endian int64s.
    private static byte[] Incremental(string stream, string type, long schemaVersion, long occurredOn, byte[] data)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Int64(long value)
        {
            Span<byte> buffer = stackalloc byte[8];
            BinaryPrimitives.WriteInt64BigEndian(buffer, value);
            hash.AppendData(buffer);
        }
        void Text(string text)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            Int64(bytes.Length);
            hash.AppendData(bytes);
        }
        Text(stream);
        Text(type);
        Int64(schemaVersion);
        Int64(occurredOn);
        Int64(data.Length);
        hash.AppendData(data);
        return hash.GetHashAndReset();
    }
}
