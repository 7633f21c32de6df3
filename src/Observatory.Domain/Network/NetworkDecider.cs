using System.Collections.Immutable;
using Observatory.Domain.Deciding;
using Observatory.Domain.Recording;

namespace Observatory.Domain.Network;

/// <summary>The "network" stream: partners, representation, agreements, funds and leadership.</summary>
public static class NetworkDecider
{
    public static NetworkState Evolve(NetworkState state, INetworkEvent fact) => fact switch
    {
        NetworkFounded => state with { Founded = true },
        PartnerJoined joined => state with { Partners = state.Partners.SetItem(joined.PartnerId, new PartnerState(joined.PartnerId, joined.Kind, joined.JoinedOn)) },
        PartnerLeft left => state.WithPartner(left.PartnerId, p => p with { LeftOn = left.LeftOn }),
        IRepresentationChange change => state.WithPartner(change.PartnerId, p => p.WithHolder(change.Role, change.Position)),
        LeadershipTermStarted started => state with { Terms = state.Terms.Add(new LeadershipTerm(started.PartnerId, started.StartsOn, started.PlannedEndOn)) },
        LeadershipHandedOver handover => state.EndCurrentTerm(handover.HandedOverOn) is var ended
            ? ended with { Terms = ended.Terms.Add(new LeadershipTerm(handover.ToPartnerId, handover.HandedOverOn, handover.NextPlannedEndOn)) }
            : state,
        LeadershipTermClosed closed => state.EndCurrentTerm(closed.ClosedOn),
        // Agreements, funds and involvement are history the projections show; no rule depends on them.
        _ => state,
    };

    public static DomainError? Check(NetworkState state, INetworkEvent fact, FactContext context) => fact switch
    {
        NetworkFounded founded => Require.Text(founded.Name, "name", "network-name-required")
            ?? Require.OptionalText(founded.Description, "description"),
        PartnerJoined joined => PartnerRules.Joining(state, joined),
        PartnerLeft left => PartnerRules.Leaving(state, left),
        IRepresentationChange change => RepresentationRules.Check(state, change),
        LeadershipTermStarted or LeadershipHandedOver or LeadershipTermClosed => LeadershipRules.Check(state, fact),
        CooperationAgreementSigned signed => Require.Text(signed.Title, "title", "title-required")
            ?? Require.NotEmpty(signed.PartnerIds, "partnerIds", "agreement-needs-partners")
            ?? Require.Distinct(signed.PartnerIds, "partnerIds", "partner-listed-twice")
            ?? Require.Each(signed.PartnerIds, "partnerIds", (id, field) => state.CurrentPartner(id, signed.SignedOn, field))
            ?? Require.Url(signed.DocumentUrl, "documentUrl"),
        FundsAllocated funds => (funds.Amount > 0 ? null : new DomainError("amount-must-be-positive", "must be more than zero", "amount"))
            ?? (funds.Currency is { Length: 3 } c && c.All(char.IsAsciiLetterUpper) ? null : new DomainError("currency-code-invalid", "must be an ISO 4217 code such as \"EUR\"", "currency"))
            ?? Require.Text(funds.Source, "source", "funding-source-required")
            ?? Require.Text(funds.Purpose, "purpose", "funding-purpose-required")
            ?? state.OptionalCurrentPartner(funds.PartnerId, funds.AllocatedOn, "partnerId"),
        MigrantRepresentativeInvolved involved => Require.Text(involved.Role, "role", "role-required")
            ?? Require.NotAPerson(involved.Role, "role")
            ?? Require.Text(involved.InvolvedIn, "involvedIn", "involved-in-required")
            ?? state.OptionalCurrentPartner(involved.PartnerId, involved.InvolvedOn, "partnerId"),
        _ => null,
    };

    internal static ImmutableHashSet<Type> CreatingEvents { get; } = [typeof(NetworkFounded)];
}
