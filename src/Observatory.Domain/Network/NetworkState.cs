using System.Collections.Immutable;

namespace Observatory.Domain.Network;

/// <summary>What the rules need to know about the network: its partners over time and its leadership terms.</summary>
public sealed record NetworkState(
    bool Founded,
    ImmutableDictionary<string, PartnerState> Partners,
    ImmutableList<LeadershipTerm> Terms)
{
    public static NetworkState Initial { get; } = new(false, ImmutableDictionary<string, PartnerState>.Empty, []);

    /// <summary>The term with no end yet; terms never overlap, so there is at most one.</summary>
    public LeadershipTerm? CurrentTerm => Terms.LastOrDefault(t => t.EndedOn is null);

    public NetworkState WithPartner(string partnerId, Func<PartnerState, PartnerState> change) =>
        Partners.TryGetValue(partnerId, out var partner) ? this with { Partners = Partners.SetItem(partnerId, change(partner)) } : this;

    public NetworkState EndCurrentTerm(DateOnly on) =>
        CurrentTerm is { } term ? this with { Terms = Terms.Replace(term, term with { EndedOn = on }) } : this;
}

/// <summary>A partner is a member from <see cref="JoinedOn"/> up to, not including, <see cref="LeftOn"/>.</summary>
public sealed record PartnerState(string Id, PartnerKind Kind, DateOnly JoinedOn, DateOnly? LeftOn = null,
    string? Representative = null, string? Deputy = null)
{
    public bool IsCurrentOn(DateOnly day) => JoinedOn <= day && (LeftOn is null || day < LeftOn);

    public bool IsLocalGovernment => Kind is PartnerKind.Municipality or PartnerKind.District or PartnerKind.Region;

    public string? Holder(RepresentationRole role) => role == RepresentationRole.Deputy ? Deputy : Representative;

    public PartnerState WithHolder(RepresentationRole role, string? position) =>
        role == RepresentationRole.Deputy ? this with { Deputy = position } : this with { Representative = position };
}

public sealed record LeadershipTerm(string PartnerId, DateOnly StartsOn, DateOnly PlannedEndOn, DateOnly? EndedOn = null);
