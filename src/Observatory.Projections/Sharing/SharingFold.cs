using Observatory.Domain.Corrections;
using Observatory.Domain.Recording;
using Observatory.Projections.Roster;

namespace Observatory.Projections.Sharing;

/// <summary>The fold shared by the states made of the roster and the sharing facts (timeline, participation).</summary>
public static class SharingFold
{
    /// <summary>Returns the same instances when the event touches neither, so the caller can keep its state.</summary>
    public static (NetworkRoster Roster, SharingFacts Sharing) Apply(NetworkRoster roster, SharingFacts sharing, RecordedEvent recorded)
    {
        if (recorded.Event is ICorrectionEvent correction)
        {
            return roster.Mend(correction) is { } mendedRoster ? (mendedRoster, sharing)
                : sharing.Mend(correction) is { } mendedSharing ? (roster, mendedSharing)
                : (roster, sharing);
        }
        var nextRoster = roster.Apply(recorded);
        return ReferenceEquals(nextRoster, roster) ? (roster, sharing.Apply(recorded)) : (nextRoster, sharing);
    }
}
