using Observatory.Projections.Roster;

namespace Observatory.Projections.Resources;

/// <summary>A resource in the library; <see cref="Origin"/> is the publishing partner's id, or the external origin's name.</summary>
public sealed record LibraryItem(string Stream, string Kind, string Title, string Language, string Url, string Country,
    bool FromPartner, string Origin, IReadOnlyList<string> ThematicAreas, DateOnly PublishedOn);

public sealed record ResourceLibrary(
    IReadOnlyList<LibraryItem> Items,
    IReadOnlyDictionary<string, int> ByKind,
    IReadOnlyDictionary<string, int> ByLanguage,
    IReadOnlyDictionary<string, int> ByCountry,
    int FromPartners,
    int External);

public static class ResourceLibraryView
{
    public static ResourceLibrary Build(ResourcesState state)
    {
        var partners = RosterView.Partners(state.Roster);
        var items = state.Resources.Values.OrderBy(r => r.Meta.OccurredOn).ThenBy(r => r.Meta.Position).Select(r => new LibraryItem(
            r.Meta.Stream, Keys.Of(r.Fact.Kind), r.Fact.Title, r.Fact.Language, r.Fact.Url,
            r.Fact.Country is { } country ? Keys.Of(country) : RosterView.CountryOf(partners, r.Fact.PartnerId),
            r.Fact.PartnerId is not null, r.Fact.PartnerId ?? r.Fact.ExternalOrigin ?? Keys.Unspecified,
            [.. (r.Fact.ThematicAreas ?? []).Select(a => Keys.Of(a))], r.Meta.OccurredOn)).ToList();
        return new ResourceLibrary(items, Count(items, i => i.Kind), Count(items, i => i.Language), Count(items, i => i.Country),
            items.Count(i => i.FromPartner), items.Count(i => !i.FromPartner));
    }

    private static SortedDictionary<string, int> Count(IEnumerable<LibraryItem> items, Func<LibraryItem, string> key) =>
        new(items.GroupBy(key).ToDictionary(g => g.Key, g => g.Count()), StringComparer.Ordinal);
}
