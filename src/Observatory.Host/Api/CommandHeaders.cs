using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Observatory.Host.Api;

/// <summary>
/// The two headers of a command. <c>Idempotency-Key</c> becomes the event id (a UUID as given; any other key, up to 200
/// printable characters, is hashed with the network into a UUID), so a retry is recognised by the log itself.
/// <c>If-Match: "7"</c> is the stream version the caller decided against; the stream version is the ETag.
/// </summary>
public static class CommandHeaders
{
    public static (Guid? EventId, string? Rule) IdempotencyKey(string network, string? header)
    {
        if (string.IsNullOrEmpty(header))
            return (null, null);
        if (header.Length > 200 || header.Any(c => c < 0x21 || c > 0x7E))
            return (null, "must be 1 to 200 printable ASCII characters without spaces (a UUID is best)");
        if (Guid.TryParse(header, out var id))
            return id == Guid.Empty ? (null, "must not be the empty UUID") : (id, null);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{network}\n{header}"));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80); // version 8: a custom, name-based UUID
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return (new Guid(hash.AsSpan(0, 16), bigEndian: true), null);
    }

    public static (long? Version, string? Rule) IfMatch(string? header)
    {
        if (string.IsNullOrEmpty(header))
            return (null, null);
        var text = header.Trim();
        if (text.Length >= 2 && text[0] == '"' && text[^1] == '"')
            text = text[1..^1];
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? (version, null)
            : (null, "must be a stream version as an entity tag, such as \"7\" (\"0\" for a new stream)");
    }

    public static string ETag(long version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";
}
