using Observatory.Domain.Serialization;

namespace Observatory.Domain.Growth;

/// <summary>Facts of a "specialist-{id}" stream: a profile in the helpline's directory of specialists.</summary>
public interface ISpecialistEvent : IDomainEvent;

public enum CompetenceArea { ChildrensEducation, YouthWork, Studies, SocialWork, ProfessionalActivation, Legal, Health, Language, Other }

/// <summary>
/// A profile is a post, not a person: <see cref="Role"/> ("school counsellor for newcomers") and a
/// <see cref="RoleAddress"/> that reaches whoever holds the post (a desk or a functional mailbox).
/// </summary>
[EventType("specialist-profile-listed")]
public sealed record SpecialistProfileListed(
    string Role,
    IReadOnlyList<CompetenceArea> CompetenceAreas,
    IReadOnlyList<string> Languages,
    string PartnerId,
    string RoleAddress) : ISpecialistEvent;

[EventType("specialist-profile-withdrawn")]
public sealed record SpecialistProfileWithdrawn(string? Reason = null) : ISpecialistEvent;
