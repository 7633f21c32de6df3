using System.Security.Cryptography;
using System.Text;

namespace Observatory.Host.Importing;

/// <summary>
/// Lines without an "eventId" get one derived from their content, so importing the same file twice appends
/// nothing the second time. The ordinal tells apart identical facts that really happened twice in one stream.
/// The result is a version-8 (custom) UUID: 122 bits of SHA-256.
/// </summary>
public static class DeterministicEventId
{
    public static Guid For(string network, string stream, string type, DateTimeOffset occurredOn, string canonicalData, int ordinal)
    {
        var text = string.Join('\n', network, stream, type, occurredOn.UtcDateTime.ToString("O"), canonicalData, ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
