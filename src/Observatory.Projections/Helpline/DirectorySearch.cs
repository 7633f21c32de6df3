namespace Observatory.Projections.Helpline;

/// <summary>What the directory page asks: each criterion is optional, and a profile must meet all given ones.</summary>
public sealed record DirectorySearch(string? Competence = null, string? Language = null, string? Country = null)
{
    public bool IsEmpty => Competence is null && Language is null && Country is null;

    /// <summary>Languages match on the primary subtag, so a search for "uk" finds a profile speaking "uk-UA".</summary>
    public IReadOnlyList<SpecialistProfile> Apply(IEnumerable<SpecialistProfile> directory) =>
        [.. directory.Where(p =>
            (Competence is null || p.CompetenceAreas.Contains(Competence, StringComparer.Ordinal))
            && (Language is null || p.Languages.Any(l => Primary(l) == Primary(Language)))
            && (Country is null || string.Equals(p.Country, Country, StringComparison.Ordinal)))];

    private static string Primary(string code) => code.Split('-')[0].ToLowerInvariant();
}
