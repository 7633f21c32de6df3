using Observatory.Host.Localization;
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
    public string Describe(Texts t) => AsOf switch
    {
        AsOf.AtPosition at => t.Format("moment.at-position", t.Number(at.Position), t.Number(Head)),
        AsOf.KnownAt known => t.Format("moment.known-at", known.RecordedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture), t.Number(Position)),
        AsOf.HappenedBy by => t.Format("moment.happened-by", t.Date(by.BusinessDate)),
        _ => t.Format("moment.live", t.Number(Position), t.Number(Head)),
    };
}
