using Observatory.Domain.Corrections;
using Observatory.Domain.Network;
using Observatory.Domain.Recording;
using Observatory.Projections.Facts;

namespace Observatory.Projections.Roster;

/// <summary>
/// The network's partners and leadership terms as facts, embedded in the states whose views need partners' names and
/// countries, or terms as periods. <see cref="RosterView"/> turns them into a directory.
/// </summary>
public sealed record NetworkRoster(
    EntryTable<PartnerJoined> Joined,
    EntryTable<PartnerLeft> Left,
    EntryTable<LeadershipTermStarted> TermsStarted,
    EntryTable<LeadershipHandedOver> Handovers,
    EntryTable<LeadershipTermClosed> TermsClosed)
{
    public static NetworkRoster Empty { get; } = new(Tables.Empty<PartnerJoined>(), Tables.Empty<PartnerLeft>(),
        Tables.Empty<LeadershipTermStarted>(), Tables.Empty<LeadershipHandedOver>(), Tables.Empty<LeadershipTermClosed>());

    /// <summary>Returns this very instance for facts the roster does not keep, so callers can skip the state copy.</summary>
    public NetworkRoster Apply(RecordedEvent recorded) => recorded.Event switch
    {
        PartnerJoined e => this with { Joined = Joined.Put(recorded, e) },
        PartnerLeft e => this with { Left = Left.Put(recorded, e) },
        LeadershipTermStarted e => this with { TermsStarted = TermsStarted.Put(recorded, e) },
        LeadershipHandedOver e => this with { Handovers = Handovers.Put(recorded, e) },
        LeadershipTermClosed e => this with { TermsClosed = TermsClosed.Put(recorded, e) },
        _ => this,
    };

    /// <summary>The roster with the correction applied, or null when it is about an entry the roster does not hold.</summary>
    public NetworkRoster? Mend(ICorrectionEvent correction) =>
        Joined.Mend(correction) is { } joined ? this with { Joined = joined }
        : Left.Mend(correction) is { } left ? this with { Left = left }
        : TermsStarted.Mend(correction) is { } started ? this with { TermsStarted = started }
        : Handovers.Mend(correction) is { } handovers ? this with { Handovers = handovers }
        : TermsClosed.Mend(correction) is { } closed ? this with { TermsClosed = closed }
        : null;
}
