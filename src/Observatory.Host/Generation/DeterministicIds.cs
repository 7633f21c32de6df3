namespace Observatory.Host.Generation;

/// <summary>
/// UUID version 7 (RFC 9562), the layout of <see cref="Guid.CreateVersion7(DateTimeOffset)"/>: a 48-bit Unix-millisecond
/// timestamp, then random bits. Built here from the seeded random instead, because Guid.CreateVersion7 draws its random
/// bits from the OS and the generator must repeat itself exactly for a seed. Milliseconds never repeat within one
/// generator, so ids are strictly increasing, as real time-ordered ids written by one recorder would be.
/// </summary>
internal sealed class DeterministicIds(Random random)
{
    private long _lastMilliseconds = long.MinValue;

    public Guid Next(DateTimeOffset at)
    {
        var ms = Math.Max(at.ToUnixTimeMilliseconds(), _lastMilliseconds + 1);
        _lastMilliseconds = ms;
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes[6..]);
        for (var i = 0; i < 6; i++)
            bytes[i] = (byte)(ms >> (8 * (5 - i)));
        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F)); // version 7
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F)); // RFC variant
        return new Guid(bytes, bigEndian: true);
    }
}
