using Observatory.Domain.Network;
using Observatory.Projections.Periods;

namespace Observatory.Projections.Roster;

/// <summary>A partner is a member from <see cref="JoinedOn"/> up to, not including, <see cref="LeftOn"/>.</summary>
public sealed record Partner(string Id, string Name, Country Country, PartnerKind Kind, DateOnly JoinedOn, DateOnly? LeftOn = null)
{
    public bool IsMemberOn(DateOnly day) => JoinedOn <= day && (LeftOn is null || day < LeftOn);
}

/// <summary>A leadership term; <see cref="To"/> is the day before a handover, the closing day, or the planned end while it runs.</summary>
public sealed record LeadershipTermPeriod(int Number, string PartnerId, DateOnly From, DateOnly To, bool Ended)
{
    public Period Period => new(From, To, $"term {Number} ({PartnerId})");
}

public static class RosterView
{
    /// <summary>Partners by id, in order of id; a partner who left and joined again shows the latest membership.</summary>
    public static IReadOnlyDictionary<string, Partner> Partners(NetworkRoster roster)
    {
        var partners = new SortedDictionary<string, Partner>(StringComparer.Ordinal);
        foreach (var joined in roster.Joined.Values.OrderBy(e => e.Meta.Position))
            partners[joined.Fact.PartnerId] = new Partner(joined.Fact.PartnerId, joined.Fact.Name, joined.Fact.Country, joined.Fact.Kind, joined.Fact.JoinedOn);
        foreach (var left in roster.Left.Values.OrderBy(e => e.Meta.Position))
        {
            if (partners.TryGetValue(left.Fact.PartnerId, out var partner) && left.Fact.LeftOn >= partner.JoinedOn)
                partners[partner.Id] = partner with { LeftOn = left.Fact.LeftOn };
        }
        return partners;
    }

    public static string CountryOf(IReadOnlyDictionary<string, Partner> partners, string? partnerId) =>
        partnerId is not null && partners.TryGetValue(partnerId, out var partner) ? Keys.Of(partner.Country) : Keys.Unspecified;

    /// <summary>Leadership terms in order, folded from starts, handovers and closings in log order.</summary>
    public static IReadOnlyList<LeadershipTermPeriod> Terms(NetworkRoster roster)
    {
        var changes = roster.TermsStarted.Values.Select(e => (e.Meta.Position, Fact: (object)e.Fact))
            .Concat(roster.Handovers.Values.Select(e => (e.Meta.Position, Fact: (object)e.Fact)))
            .Concat(roster.TermsClosed.Values.Select(e => (e.Meta.Position, Fact: (object)e.Fact)))
            .OrderBy(c => c.Position);
        var terms = new List<LeadershipTermPeriod>();
        LeadershipTermPeriod? current = null;
        foreach (var (_, fact) in changes)
        {
            switch (fact)
            {
                case LeadershipTermStarted started:
                    Close(current, null);
                    current = new LeadershipTermPeriod(terms.Count + 1, started.PartnerId, started.StartsOn, started.PlannedEndOn, false);
                    break;
                case LeadershipHandedOver handover:
                    Close(current, handover.HandedOverOn.AddDays(-1));
                    current = new LeadershipTermPeriod(terms.Count + 1, handover.ToPartnerId, handover.HandedOverOn, handover.NextPlannedEndOn, false);
                    break;
                case LeadershipTermClosed closed:
                    Close(current, closed.ClosedOn);
                    current = null;
                    break;
            }
        }
        Close(current, null);
        return terms;

        void Close(LeadershipTermPeriod? term, DateOnly? endedOn)
        {
            if (term is not null)
                terms.Add(endedOn is { } day ? term with { To = day, Ended = true } : term);
        }
    }
}

/// <summary>Keys views use for breakdowns. Parentheses never occur in slugs, so these never clash with a partner id.</summary>
public static class Keys
{
    public const string Unspecified = "(unspecified)";
    public const string External = "(external)";

    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum =>
        System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}
