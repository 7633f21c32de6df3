using Observatory.Domain.Recording;
using Observatory.Projections.Facts;
using Observatory.Projections.Roster;

namespace Observatory.Projections.DeclaredIndicators;

/// <summary>
/// The history a declared indicator is computed over: the log as now known (corrections applied, retractions left
/// out) and the leadership terms. Built once, it serves every version of every definition alike.
/// </summary>
public sealed record DeclaredHistory(IReadOnlyList<EffectiveFact> Facts, IReadOnlyList<LeadershipTermPeriod> Terms)
{
    public static DeclaredHistory From(IReadOnlyCollection<RecordedEvent> events)
    {
        var roster = NetworkRoster.Empty;
        foreach (var recorded in events)
        {
            roster = recorded.Event is Domain.Corrections.ICorrectionEvent correction
                ? roster.Mend(correction) ?? roster
                : roster.Apply(recorded);
        }
        return new DeclaredHistory(EffectiveLog.Build(events), RosterView.Terms(roster));
    }
}
