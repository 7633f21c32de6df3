namespace Observatory.Host.Stores;

/// <summary>
/// Both stores keep times in UTC with microsecond precision, because that is what PostgreSQL's timestamptz holds:
/// truncating before hashing and storing makes an event read back exactly as either store would return it.
/// </summary>
internal static class StoreClock
{
    public static long ToUnixMicroseconds(DateTimeOffset value) =>
        (value.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TimeSpan.TicksPerMicrosecond;

    public static DateTimeOffset FromUnixMicroseconds(long microseconds) =>
        DateTimeOffset.UnixEpoch.AddTicks(microseconds * TimeSpan.TicksPerMicrosecond);

    public static DateTimeOffset Truncate(DateTimeOffset value) => FromUnixMicroseconds(ToUnixMicroseconds(value));
}
