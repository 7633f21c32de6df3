using Observatory.Projections.Roster;

namespace Observatory.Projections.WorkingGroups;

/// <summary>A group in the registry; <see cref="Members"/> are partner ids, the lead first, then in order of joining.</summary>
public sealed record WorkingGroup(string Stream, string Topic, string LeadPartnerId, string? ThematicArea,
    DateOnly FormedOn, DateOnly? ClosedOn, IReadOnlyList<string> Members)
{
    public bool IsOpenOn(DateOnly day) => FormedOn <= day && (ClosedOn is null || day < ClosedOn);
}

public static class WorkingGroupsView
{
    /// <summary>Groups formed on or before <paramref name="asOf"/> (all when null), in order of formation.</summary>
    public static IReadOnlyList<WorkingGroup> Registry(WorkingGroupsState state, DateOnly? asOf = null)
    {
        var day = asOf ?? DateOnly.MaxValue;
        var joined = state.Joined.Values.Where(j => j.Fact.JoinedOn <= day).GroupBy(j => j.Meta.Stream, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(j => j.Fact.JoinedOn).ThenBy(j => j.Meta.Position).Select(j => j.Fact.PartnerId).ToList(), StringComparer.Ordinal);
        var closed = state.Closed.Values.Where(c => c.Fact.ClosedOn <= day).GroupBy(c => c.Meta.Stream, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Min(c => c.Fact.ClosedOn), StringComparer.Ordinal);
        return [.. state.Formed.Values.Where(f => f.Fact.FormedOn <= day)
            .OrderBy(f => f.Fact.FormedOn).ThenBy(f => f.Meta.Stream, StringComparer.Ordinal)
            .Select(f => new WorkingGroup(f.Meta.Stream, f.Fact.Topic, f.Fact.LeadPartnerId,
                f.Fact.ThematicArea is { } area ? Keys.Of(area) : null, f.Fact.FormedOn,
                closed.TryGetValue(f.Meta.Stream, out var on) ? on : null,
                [f.Fact.LeadPartnerId, .. (joined.GetValueOrDefault(f.Meta.Stream) ?? []).Where(p => p != f.Fact.LeadPartnerId).Distinct(StringComparer.Ordinal)]))];
    }
}
