using Observatory.Projections.Replay;

namespace Observatory.Host.Dashboard;

/// <summary>
/// Which moment a page shows: the live read models (the fast path), or a replay of the log as of a position, a
/// recorded-at instant ("what we knew then") or a business date ("what had happened by then").
/// </summary>
/// <param name="Head">The network's last position when the page was made.</param>
/// <param name="Position">The position the states reflect: the read models' checkpoint, or the replay's last event.</param>
/// <param name="Today">The business day the page treats as "now": the clock's day, or the moment's own day.</param>
public sealed record Moment(AsOf AsOf, long Head, long Position, DateOnly Today)
{
    public bool IsLive => AsOf is AsOf.Latest;

    /// <summary>The query string that asks for this same moment again, so links and forms keep it.</summary>
    public string Query => AsOf switch
    {
        AsOf.AtPosition at => $"at={Html.N(at.Position)}",
        AsOf.KnownAt known => $"known-at={Uri.EscapeDataString(known.RecordedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture))}",
        AsOf.HappenedBy by => $"happened-by={Html.Day(by.BusinessDate)}",
        _ => "",
    };

    /// <summary>One sentence, in words, saying which moment the page shows.</summary>
    public string Describe() => AsOf switch
    {
        AsOf.AtPosition at => $"As of position {Html.N(at.Position)} of {Html.N(Head)}: the log up to and including event {Html.N(at.Position)}, replayed in memory.",
        AsOf.KnownAt known => $"As known at {known.RecordedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC: only what had been recorded by then ({Html.N(Position)} events), replayed in memory; later corrections are not applied.",
        AsOf.HappenedBy by => $"As happened by {Html.Day(by.BusinessDate)}: facts dated on or before that day, as corrected by everything known now, replayed in memory.",
        _ => $"Live: the read models at position {Html.N(Position)} of {Html.N(Head)}.",
    };
}
