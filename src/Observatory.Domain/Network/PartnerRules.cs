using Observatory.Domain.Deciding;

namespace Observatory.Domain.Network;

/// <summary>Membership rules, and the one check every fact that names a partner goes through.</summary>
public static class PartnerRules
{
    /// <summary>A fact naming a partner is only believable while that partner belongs to the network.</summary>
    public static DomainError? CurrentPartner(this NetworkState network, string? partnerId, DateOnly on, string field) =>
        partnerId is null || !network.Partners.TryGetValue(partnerId, out var partner)
            ? new DomainError("partner-unknown", $"'{partnerId}' is not a partner of the network", field)
            : partner.IsCurrentOn(on) ? null
            : new DomainError("partner-not-current", $"'{partnerId}' is not a member of the network on {on:yyyy-MM-dd}", field);

    public static DomainError? OptionalCurrentPartner(this NetworkState network, string? partnerId, DateOnly on, string field) =>
        partnerId is null ? null : network.CurrentPartner(partnerId, on, field);

    internal static DomainError? Joining(NetworkState network, PartnerJoined joined) =>
        Require.Slug(joined.PartnerId, "partnerId", "partner-id-format")
        ?? (network.Partners.ContainsKey(joined.PartnerId)
            ? new DomainError("partner-id-not-unique", $"'{joined.PartnerId}' is already a partner id in this network", "partnerId")
            : null)
        ?? Require.Text(joined.Name, "name", "partner-name-required")
        ?? Require.Known(joined.Kind, "kind")
        ?? Require.Known(joined.Country, "country");

    internal static DomainError? Leaving(NetworkState network, PartnerLeft left) =>
        network.CurrentPartner(left.PartnerId, left.LeftOn, "partnerId")
        ?? (network.CurrentTerm?.PartnerId == left.PartnerId
            ? new DomainError("leader-cannot-leave", "the partner leads the network: hand over or close the term first", "partnerId")
            : null)
        ?? Require.OptionalText(left.Reason, "reason");
}
