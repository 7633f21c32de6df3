using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Observatory.Domain.EventStore;

namespace Observatory.Host.Stores;

/// <summary>
/// The fingerprint that tells an idempotent retry (same id, same fact) from a reused id (same id, other fact).
/// Computed in C# from the caller's text, so it does not depend on how a store normalises JSON (jsonb reorders keys).
/// Metadata (actor, correlation) is left out on purpose: a retry may travel in a new conversation.
/// </summary>
internal static class EventContentHash
{
    /// <summary>
    /// SHA-256 over: stream, type (each UTF-8 with a big-endian 64-bit length prefix, so ("ab", "c") and ("a", "bc")
    /// differ), schema version, occurredOn in Unix microseconds, the data's length and the data's UTF-8 bytes.
    /// Stored fingerprints depend on this exact layout: change it and every stored event looks like a conflict.
    /// </summary>
    public static byte[] Compute(string stream, EventToAppend e, ReadOnlySpan<byte> utf8Data)
    {
        // One buffer and one one-shot hash per event (an IncrementalHash per event cost an allocation of native state).
        var streamLength = Encoding.UTF8.GetByteCount(stream);
        var typeLength = Encoding.UTF8.GetByteCount(e.Type);
        var headerLength = 8 + streamLength + 8 + typeLength + 8 + 8 + 8;
        var rented = ArrayPool<byte>.Shared.Rent(headerLength + utf8Data.Length);
        try
        {
            var buffer = rented.AsSpan(0, headerLength + utf8Data.Length);
            var at = 0;
            at += WriteText(buffer[at..], stream, streamLength);
            at += WriteText(buffer[at..], e.Type, typeLength);
            BinaryPrimitives.WriteInt64BigEndian(buffer[at..], e.SchemaVersion);
            at += 8;
            BinaryPrimitives.WriteInt64BigEndian(buffer[at..], StoreClock.ToUnixMicroseconds(e.OccurredOn));
            at += 8;
            BinaryPrimitives.WriteInt64BigEndian(buffer[at..], utf8Data.Length);
            at += 8;
            utf8Data.CopyTo(buffer[at..]);
            return SHA256.HashData(buffer);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static int WriteText(Span<byte> buffer, string text, int length)
    {
        BinaryPrimitives.WriteInt64BigEndian(buffer, length);
        Encoding.UTF8.GetBytes(text, buffer[8..]);
        return 8 + length;
    }
}
