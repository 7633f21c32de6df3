using Observatory.Domain.Meetings;
using Observatory.Domain.Network;

namespace Observatory.Host.Generation;

/// <summary>
/// Plans one network's life over the years: the network stream first (founded, partners, representatives,
/// agreement, first leader), then leadership handovers every 12–24 months, quarterly meetings with participation,
/// yearly funds, and, to fill the budget, the everyday facts of <see cref="EverydayFacts"/>.
/// </summary>
internal sealed class NetworkScript(Random random, string network, DateOnly start, int years)
{
    private static readonly Country[] Countries = [Country.Pl, Country.De, Country.Se, Country.Lt, Country.Fi, Country.It, Country.Nl, Country.Es, Country.Gr, Country.Si];
    private static readonly string[] Positions = ["Mayor", "Deputy Mayor", "2nd Deputy Mayor", "Head of Social Affairs Department", "Integration Officer", "District Administrator", "Head of Education Office"];
    private static readonly string[] Themes = ["Labour-market integration", "Language education", "Housing", "Schools and newcomers", "Culture and sport", "Public services", "Health care access", "Youth work"];

    private readonly List<Scripted> _facts = [];
    private readonly DateOnly _end = start.AddYears(years);

    public List<Scripted> Plan(int budget)
    {
        var partners = Partners(random.Next(10, 41));
        Setup(partners);
        Leadership(partners);
        Meetings(partners);
        Funds();
        new EverydayFacts(random, network, partners, start, _end).Fill(_facts, budget - _facts.Count);
        return _facts;
    }

    private List<Partner> Partners(int count)
    {
        var partners = new List<Partner>(count);
        for (var i = 1; i <= count; i++)
        {
            var kind = random.Next(10) switch { < 6 => PartnerKind.Municipality, < 8 => PartnerKind.District, 8 => PartnerKind.Region, _ => PartnerKind.Organisation };
            var country = Countries[random.Next(Countries.Length)];
            partners.Add(new Partner($"partner-{i:00}", $"{kind} no. {i} ({country})", country, kind));
        }
        return partners;
    }

    private void Setup(List<Partner> partners)
    {
        var at = At(start, 9);
        Add(at, new NetworkFounded($"Observatory network {network}", start, "Generated for benchmarks."), "leader:" + partners[0].Id);
        foreach (var p in partners)
            Add(at, new PartnerJoined(p.Id, p.Name, p.Country, p.Kind, start), "leader:" + partners[0].Id);
        foreach (var p in partners.Where(p => p.IsLocalGovernment))
        {
            Add(at, new RepresentativeAppointed(p.Id, Positions[random.Next(Positions.Length)], start), "representative:" + p.Id);
            Add(at, new DeputyAppointed(p.Id, Positions[random.Next(Positions.Length)], start), "representative:" + p.Id);
        }
        Add(at, new CooperationAgreementSigned("Cooperation agreement", start, [.. partners.Select(p => p.Id)]), "leader:" + partners[0].Id);
        Add(at, new LeadershipTermStarted(partners[0].Id, start, start.AddMonths(12)), "leader:" + partners[0].Id);
    }

    // Terms last 12 to 24 months; the leader rotates through the local governments. Representatives change now and then.
    private void Leadership(List<Partner> partners)
    {
        var leaders = partners.Where(p => p.IsLocalGovernment).ToList();
        var current = partners[0];
        var on = start.AddMonths(random.Next(12, 25));
        while (on < _end)
        {
            var next = leaders[random.Next(leaders.Count)];
            if (next.Id != current.Id)
            {
                Add(At(on, 12), new LeadershipHandedOver(current.Id, next.Id, on, on.AddMonths(12)), "leader:" + current.Id);
                current = next;
            }
            var changed = leaders[random.Next(leaders.Count)];
            Add(At(on.AddDays(random.Next(1, 60)), 10), new RepresentativeReplaced(changed.Id, Positions[random.Next(Positions.Length)], on), "representative:" + changed.Id);
            on = on.AddMonths(random.Next(12, 25));
        }
    }

    private void Meetings(List<Partner> partners)
    {
        var n = 0;
        for (var quarter = start.AddMonths(2); quarter < _end; quarter = quarter.AddMonths(3))
        {
            var host = partners[random.Next(partners.Count)];
            var kind = (MeetingKind)random.Next(5);
            var days = kind is MeetingKind.StudyVisit or MeetingKind.Conference ? random.Next(1, 4) : 1;
            var startsOn = quarter.AddDays(random.Next(0, 60));
            var participants = partners.Where(_ => random.Next(4) > 0)
                .Select(p => new Participation(p.Id, random.Next(3) == 0 ? null : random.Next(1, 9))).ToList();
            var theme = Themes[random.Next(Themes.Length)];
            var held = kind == MeetingKind.OnlineSession
                ? new MeetingHeld(kind, host.Id, theme, startsOn, startsOn, participants, OnlineAudience: random.Next(20, 400))
                : new MeetingHeld(kind, host.Id, theme, startsOn, startsOn.AddDays(days - 1), participants, $"Town hall, {host.Name}",
                    ["presentation of practices", "panel discussion", "site visit"]);
            Add(At(startsOn.AddDays(days), 16), held, "representative:" + host.Id, $"meeting-{startsOn:yyyy-MM}-{++n}");
        }
    }

    private void Funds()
    {
        for (var year = start; year < _end; year = year.AddYears(1))
            Add(At(year.AddDays(random.Next(0, 90)), 11),
                new FundsAllocated(random.Next(5, 200) * 1000m, "EUR", "Europe for Citizens", "Yearly cooperation budget", year), "leader:finance");
    }

    private DateTimeOffset At(DateOnly day, int hour) =>
        new(day.ToDateTime(new TimeOnly(hour, random.Next(60), random.Next(60)), DateTimeKind.Utc));

    private void Add(DateTimeOffset at, Observatory.Domain.Serialization.IDomainEvent e, string actor, string stream = "network") =>
        _facts.Add(new Scripted(at, stream, e, actor));
}
