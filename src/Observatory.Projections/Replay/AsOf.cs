namespace Observatory.Projections.Replay;

/// <summary>
/// A moment to replay a projection at. The log is bitemporal, so "when" has three readings:
/// <list type="bullet">
/// <item><see cref="AtPosition"/>: the log up to and including a global position: exactly what a daemon had applied there.</item>
/// <item><see cref="KnownAt"/>: "what we knew then": only events recorded (<c>recordedAt</c>) on or before the instant,
/// so a correction recorded later is not applied and the original shows.</item>
/// <item><see cref="HappenedBy"/>: "what had happened by then": everything known now, corrections included, but only
/// facts whose business date, as corrected, is on or before the day. The business date is the day in the fact's data
/// (a meeting's start, a member's networking day; see <see cref="Facts.BusinessDates"/>), else its occurredOn.
/// A fact corrected to a later date leaves the replay; one corrected to an earlier date joins it. The corrections
/// themselves are applied whatever their own dates, since they are knowledge about the facts, not facts.</item>
/// </list>
/// </summary>
public abstract record AsOf
{
    private AsOf() { }

    public sealed record Latest : AsOf;

    public sealed record AtPosition(long Position) : AsOf;

    public sealed record KnownAt(DateTimeOffset RecordedAt) : AsOf;

    public sealed record HappenedBy(DateOnly BusinessDate) : AsOf;

    public static AsOf Now { get; } = new Latest();
}
