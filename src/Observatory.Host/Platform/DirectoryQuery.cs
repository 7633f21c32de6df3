using Microsoft.AspNetCore.Http;
using Observatory.Domain.Deciding;
using Observatory.Domain.Growth;
using Observatory.Domain.Network;
using Observatory.Projections.Helpline;
using Observatory.Projections.Roster;

namespace Observatory.Host.Platform;

/// <summary>The directory's search form (<c>competence</c>, <c>language</c>, <c>country</c>); an empty field means "any".</summary>
public static class DirectoryQuery
{
    public const string Competence = "competence", Language = "language", Country = "country";

    public static IReadOnlyList<string> Competences { get; } = [.. Enum.GetValues<CompetenceArea>().Select(a => Keys.Of(a))];

    public static IReadOnlyList<string> Countries { get; } = [.. Enum.GetValues<Country>().Where(c => c != Domain.Network.Country.Other).Select(c => Keys.Of(c))];

    /// <returns>The search, and the field at fault (its value then ignored) when one is not a known value.</returns>
    public static (DirectorySearch Search, string? Error) Parse(IQueryCollection query)
    {
        string? error = null;
        var competence = Given(query, Competence);
        if (competence is not null && !Competences.Contains(competence))
            (competence, error) = (null, Competence);
        var language = Given(query, Language);
        if (language is not null && Require.Language(language, Language) is not null)
            (language, error) = (null, error ?? Language);
        var country = Given(query, Country)?.ToLowerInvariant();
        if (country is not null && !Countries.Contains(country))
            (country, error) = (null, error ?? Country);
        return (new DirectorySearch(competence, language, country), error);
    }

    private static string? Given(IQueryCollection query, string name) =>
        query[name].ToString().Trim() is { Length: > 0 } value ? value : null;
}
