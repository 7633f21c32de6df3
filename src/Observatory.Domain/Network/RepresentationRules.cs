using Observatory.Domain.Deciding;

namespace Observatory.Domain.Network;

/// <summary>
/// A local-government partner has at most one representative and one deputy at a time; organisations have none.
/// A second appointment needs the first holder to step down, or an explicit replacement.
/// </summary>
public static class RepresentationRules
{
    internal static DomainError? Check(NetworkState network, IRepresentationChange change)
    {
        var role = change.Role == RepresentationRole.Deputy ? "deputy" : "representative";
        if (network.CurrentPartner(change.PartnerId, change.On, "partnerId") is { } notMember)
            return notMember;
        var partner = network.Partners[change.PartnerId];
        if (!partner.IsLocalGovernment)
            return new DomainError("organisation-has-no-representative", "only municipalities, districts and regions appoint a representative and a deputy", "partnerId");

        var holder = partner.Holder(change.Role);
        return change.Change switch
        {
            RepresentationChange.Appointed when holder is not null =>
                new DomainError($"{role}-already-appointed", $"the post is held by \"{holder}\": step down or replace instead", "position"),
            RepresentationChange.Replaced or RepresentationChange.SteppedDown when holder is null =>
                new DomainError($"no-{role}-appointed", $"the partner has no {role} to replace or step down", "partnerId"),
            RepresentationChange.SteppedDown => null,
            _ => Require.Text(change.Position, "position", "position-required") ?? Require.NotAPerson(change.Position, "position"),
        };
    }
}
