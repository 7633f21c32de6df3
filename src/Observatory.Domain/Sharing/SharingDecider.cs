using System.Collections.Immutable;
using Observatory.Domain.Deciding;
using Observatory.Domain.EventStore;
using Observatory.Domain.Network;
using Observatory.Domain.Recording;

namespace Observatory.Domain.Sharing;

/// <summary>Practices, resources and information activities: one fact per stream, checked against the network.</summary>
public static class SharingDecider
{
    public static DomainError? Check(IPracticeEvent fact, FactContext context) => fact switch
    {
        PracticeShared practice => Require.Text(practice.Title, "title", "title-required")
            ?? Require.NotEmpty(practice.ThematicAreas, "thematicAreas", "thematic-area-required")
            ?? Require.Each(practice.ThematicAreas, "thematicAreas", (area, field) => Require.Known(area, field))
            ?? context.Network.CurrentPartner(practice.PartnerId, context.On, "partnerId")
            ?? ExistingStream(practice.MeetingStream, StreamKinds.Meeting, "meetingStream", context)
            ?? Require.OptionalText(practice.TargetGroup, "targetGroup")
            ?? Require.Each(practice.Links, "links", Require.Url)
            ?? Require.OptionalText(practice.Summary, "summary"),
        _ => null,
    };

    public static DomainError? Check(IResourceEvent fact, FactContext context) => fact switch
    {
        ResourcePublished resource => Require.Known(resource.Kind, "kind")
            ?? Require.Text(resource.Title, "title", "title-required")
            ?? Require.Language(resource.Language, "language")
            ?? Require.Text(resource.Url, "url", "url-required") ?? Require.Url(resource.Url, "url")
            ?? (resource.PartnerId, resource.ExternalOrigin) switch
            {
                (null, null) => new DomainError("resource-origin-required", "name the publishing partner or an external origin", "partnerId"),
                (not null, not null) => new DomainError("resource-origin-ambiguous", "a resource comes from a partner or from outside, not both", "externalOrigin"),
                (null, var origin) => Require.Text(origin, "externalOrigin", "resource-origin-required"),
                (var partner, null) => context.Network.CurrentPartner(partner, context.On, "partnerId"),
            },
        _ => null,
    };

    public static DomainError? Check(IActivityEvent fact, FactContext context) => fact switch
    {
        InformationActivityHeld activity => context.Network.CurrentPartner(activity.PartnerId, activity.HeldOn, "partnerId")
            ?? Require.Text(activity.Territory, "territory", "territory-required")
            ?? Require.Known(activity.Kind, "kind")
            ?? (activity.Audience is null or >= 0 ? null : new DomainError("value-negative", "must be zero or more", "audience"))
            ?? Require.OptionalText(activity.Title, "title"),
        _ => null,
    };

    internal static ImmutableHashSet<Type> PracticeCreatingEvents { get; } = [typeof(PracticeShared)];
    internal static ImmutableHashSet<Type> ResourceCreatingEvents { get; } = [typeof(ResourcePublished)];
    internal static ImmutableHashSet<Type> ActivityCreatingEvents { get; } = [typeof(InformationActivityHeld)];

    /// <summary>A reference to another stream must name one that exists and is of the expected kind.</summary>
    public static DomainError? ExistingStream(string? stream, string kind, string field, FactContext context) =>
        stream is null || (StreamNames.Kind(stream) == kind && context.Ledger.StreamVersion(stream) > 0)
            ? null
            : new DomainError($"{kind}-unknown", $"'{stream}' is not a recorded {kind} stream", field);
}
