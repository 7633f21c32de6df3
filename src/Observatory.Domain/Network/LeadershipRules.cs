using Observatory.Domain.Deciding;

namespace Observatory.Domain.Network;

/// <summary>
/// Leadership rotates: a current partner leads for at least 12 months, terms never overlap, and a term ends only by
/// a handover to another current partner (which starts the next term) or by an explicit close.
/// </summary>
public static class LeadershipRules
{
    public const int MinimumTermInMonths = 12;

    internal static DomainError? Check(NetworkState network, INetworkEvent fact) => fact switch
    {
        LeadershipTermStarted started =>
            network.CurrentPartner(started.PartnerId, started.StartsOn, "partnerId")
            ?? LastsLongEnough(started.StartsOn, started.PlannedEndOn, "plannedEndOn")
            ?? NoOverlap(network, started),
        LeadershipHandedOver handover => network.CurrentTerm is not { } term
            ? NoCurrentTerm("fromPartnerId")
            : term.PartnerId != handover.FromPartnerId
                ? new DomainError("handover-by-non-leader", $"'{handover.FromPartnerId}' does not lead the network; '{term.PartnerId}' does", "fromPartnerId")
            : handover.ToPartnerId == handover.FromPartnerId
                ? new DomainError("handover-to-same-partner", "leadership rotates: hand over to a different partner", "toPartnerId")
            : network.CurrentPartner(handover.ToPartnerId, handover.HandedOverOn, "toPartnerId")
              ?? LastsLongEnough(term.StartsOn, handover.HandedOverOn, "handedOverOn")
              ?? LastsLongEnough(handover.HandedOverOn, handover.NextPlannedEndOn, "nextPlannedEndOn"),
        LeadershipTermClosed closed => network.CurrentTerm is not { } term
            ? NoCurrentTerm("partnerId")
            : term.PartnerId != closed.PartnerId
                ? new DomainError("close-by-non-leader", $"'{closed.PartnerId}' does not lead the network; '{term.PartnerId}' does", "partnerId")
            : closed.ClosedOn < term.StartsOn
                ? new DomainError("term-closed-before-start", $"the term started on {term.StartsOn:yyyy-MM-dd}", "closedOn")
            : Require.OptionalText(closed.Reason, "reason"),
        _ => null,
    };

    private static DomainError? LastsLongEnough(DateOnly from, DateOnly to, string field) =>
        to >= from.AddMonths(MinimumTermInMonths)
            ? null
            : new DomainError("leadership-term-minimum-12-months", $"a leadership term lasts at least {MinimumTermInMonths} months from {from:yyyy-MM-dd}", field);

    private static DomainError? NoOverlap(NetworkState network, LeadershipTermStarted started) =>
        network.Terms.FirstOrDefault(t => started.StartsOn < (t.EndedOn ?? DateOnly.MaxValue) && t.StartsOn < started.PlannedEndOn) is { } other
            ? new DomainError("leadership-terms-overlap", $"overlaps the term of '{other.PartnerId}' from {other.StartsOn:yyyy-MM-dd}; hand over or close it first", "startsOn")
            : null;

    private static DomainError NoCurrentTerm(string field) =>
        new("no-current-leadership-term", "no leadership term is running", field);
}
