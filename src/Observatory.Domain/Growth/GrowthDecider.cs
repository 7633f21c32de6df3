using System.Collections.Immutable;
using Observatory.Domain.Deciding;
using Observatory.Domain.Network;
using Observatory.Domain.Recording;

namespace Observatory.Domain.Growth;

/// <summary>Members and specialists are described by role, belong to a current partner, and leave once.</summary>
public static class GrowthDecider
{
    /// <summary>True while the member or profile is listed; the only thing the rules need to remember.</summary>
    public sealed record Listing(bool Active)
    {
        public static Listing Initial { get; } = new(false);
    }

    public static Listing Evolve(Listing state, IMemberEvent fact) => fact switch
    {
        MemberNetworked => new Listing(true),
        MemberLeft => new Listing(false),
        _ => state,
    };

    public static Listing Evolve(Listing state, ISpecialistEvent fact) => fact switch
    {
        SpecialistProfileListed => new Listing(true),
        SpecialistProfileWithdrawn => new Listing(false),
        _ => state,
    };

    public static DomainError? Check(Listing state, IMemberEvent fact, FactContext context) => fact switch
    {
        MemberNetworked member => Require.Known(member.Kind, "kind")
            ?? Require.Text(member.Description, "description", "description-required")
            ?? Require.NotAPerson(member.Description, "description")
            ?? context.Network.CurrentPartner(member.PartnerId, member.NetworkedOn, "partnerId"),
        MemberLeft left => (state.Active ? null : new DomainError("member-already-left", "the member has already left", null))
            ?? Require.OptionalText(left.Reason, "reason"),
        _ => null,
    };

    public static DomainError? Check(Listing state, ISpecialistEvent fact, FactContext context) => fact switch
    {
        SpecialistProfileListed profile => Require.Text(profile.Role, "role", "role-required")
            ?? Require.NotAPerson(profile.Role, "role")
            ?? Require.NotEmpty(profile.CompetenceAreas, "competenceAreas", "competence-area-required")
            ?? Require.Each(profile.CompetenceAreas, "competenceAreas", (area, field) => Require.Known(area, field))
            ?? Require.NotEmpty(profile.Languages, "languages", "language-required")
            ?? Require.Each(profile.Languages, "languages", Require.Language)
            ?? context.Network.CurrentPartner(profile.PartnerId, context.On, "partnerId")
            ?? Require.Text(profile.RoleAddress, "roleAddress", "role-address-required")
            ?? Require.RoleAddress(profile.RoleAddress, "roleAddress"),
        SpecialistProfileWithdrawn withdrawn => (state.Active ? null : new DomainError("specialist-already-withdrawn", "the profile is already withdrawn", null))
            ?? Require.OptionalText(withdrawn.Reason, "reason"),
        _ => null,
    };

    internal static ImmutableHashSet<Type> MemberCreatingEvents { get; } = [typeof(MemberNetworked)];
    internal static ImmutableHashSet<Type> SpecialistCreatingEvents { get; } = [typeof(SpecialistProfileListed)];
}
