using Observatory.Projections.Periods;
using Observatory.Projections.Roster;

namespace Observatory.Projections.Helpline;

/// <summary>A listed profile: a post and its functional address, never a person. <see cref="Country"/> is its partner's.</summary>
public sealed record SpecialistProfile(string Stream, string Role, IReadOnlyList<string> CompetenceAreas, IReadOnlyList<string> Languages,
    string PartnerId, string RoleAddress, int Referrals, string Country = Keys.Unspecified);

/// <summary>Requests received in the period; referred and resolved count those requests that were, at any later time.</summary>
public sealed record RequestCounts(int Received, int Referred, int Resolved, int Open,
    IReadOnlyDictionary<string, int> ByTopic, IReadOnlyDictionary<string, int> ByPartner, IReadOnlyDictionary<string, int> ByOutcome);

public sealed record HelplineDirectory(IReadOnlyList<SpecialistProfile> Directory, RequestCounts Requests);

public static class HelplineView
{
    /// <summary>The profiles listed and not withdrawn, with request counts over <paramref name="period"/> (all when null).</summary>
    public static HelplineDirectory Build(HelplineState state, Period? period = null)
    {
        var withdrawn = state.Withdrawals.Values.Select(w => w.Meta.Stream).ToHashSet(StringComparer.Ordinal);
        var referrals = state.Referrals.Values.GroupBy(r => r.Meta.Stream, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var resolutions = state.Resolutions.Values.GroupBy(r => r.Meta.Stream, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.MaxBy(r => r.Meta.Position)!.Fact.Outcome, StringComparer.Ordinal);
        var requests = state.Requests.Values.Where(r => period?.Contains(r.Meta.OccurredOn) ?? true).ToList();

        var partners = RosterView.Partners(state.Roster);
        var directory = state.Profiles.Values.Where(p => !withdrawn.Contains(p.Meta.Stream))
            .OrderBy(p => p.Meta.Stream, StringComparer.Ordinal)
            .Select(p => new SpecialistProfile(p.Meta.Stream, p.Fact.Role, [.. p.Fact.CompetenceAreas.Select(a => Keys.Of(a))], p.Fact.Languages,
                p.Fact.PartnerId, p.Fact.RoleAddress, referrals.Values.SelectMany(r => r).Count(r => r.Fact.SpecialistStream == p.Meta.Stream),
                RosterView.CountryOf(partners, p.Fact.PartnerId)))
            .ToList();
        var resolved = requests.Where(r => resolutions.ContainsKey(r.Meta.Stream)).ToList();
        return new HelplineDirectory(directory, new RequestCounts(
            requests.Count,
            requests.Count(r => referrals.ContainsKey(r.Meta.Stream)),
            resolved.Count,
            requests.Count - resolved.Count,
            Count(requests.Select(r => Keys.Of(r.Fact.Topic))),
            Count(requests.Select(r => r.Fact.PartnerId)),
            Count(resolved.Select(r => Keys.Of(resolutions[r.Meta.Stream])))));
    }

    private static SortedDictionary<string, int> Count(IEnumerable<string> keys) =>
        new(keys.GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count()), StringComparer.Ordinal);
}
