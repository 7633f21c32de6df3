using Observatory.Domain.Feedback;
using Observatory.Domain.Growth;
using Observatory.Domain.Outcomes;
using Observatory.Domain.Serialization;
using Observatory.Domain.Sharing;
using Observatory.Domain.WorkingGroups;

namespace Observatory.Host.Generation;

/// <summary>
/// The everyday facts that make up most of a network's log, drawn until the budget is spent, with the mix of real
/// networks: practices and resources most frequent, feedback in bursts (a survey or a meeting gathers many at once),
/// members networked steadily, working groups that grow and sometimes close, a few outcomes with follow-ups.
/// </summary>
internal sealed class EverydayFacts(Random random, string network, List<Partner> partners, DateOnly start, DateOnly end)
{
    private static readonly string[] Languages = ["pl", "de", "sv", "lt", "uk", "ru", "ar", "en"];
    private static readonly string[] Topics = ["language education", "labour market", "financing integration measures", "housing", "schools", "culture and sport"];
    private static readonly string[] Roles = ["intercultural assistant", "school counsellor for newcomers", "job coach", "social worker", "youth worker", "legal adviser"];
    private static readonly ThematicArea[] Areas = Enum.GetValues<ThematicArea>();

    private readonly Dictionary<string, int> _next = new(StringComparer.Ordinal);
    private List<Scripted> _facts = [];

    public void Fill(List<Scripted> facts, int budget)
    {
        _facts = facts;
        var target = facts.Count + budget;
        while (facts.Count < target)
        {
            var left = target - facts.Count;
            // Per cent of draws; a feedback burst (~22 events) and a group (~4) yield several events per draw, so the
            // events come out about: practices 23 %, resources 19 %, feedback 16 %, members 13 %, groups 12 %,
            // activities 9 %, outcomes 4 %, specialists 2 %, besides the network stream and meetings.
            switch (random.Next(100))
            {
                case < 32: Practice(); break;
                case < 58: Resource(); break;
                case < 59: FeedbackBurst(Math.Min(left, random.Next(5, 41))); break;
                case < 80: Member(); break;
                case < 90: Activity(); break;
                case < 93: Specialist(); break;
                case < 97: Group(Math.Min(left, random.Next(2, 7))); break;
                default: Outcome(Math.Min(left, random.Next(1, 4))); break;
            }
        }
    }

    private void Practice()
    {
        var p = Any();
        Add(Day(), Stream("practice"), new PracticeShared($"Practice {_next["practice"]} of {p.Name}", SomeAreas(), p.Id,
            TargetGroup: "newcomers", Links: [$"https://example.org/{network}/practice/{_next["practice"]}"],
            Summary: "How the partner organised it, what it cost and what the participants said."), p);
    }

    private void Resource()
    {
        var p = Any();
        Add(Day(), Stream("resource"), new ResourcePublished((ResourceKind)random.Next(5), $"Guide {_next["resource"]}",
            Languages[random.Next(Languages.Length)], $"https://example.org/{network}/resource/{_next["resource"]}", p.Country, p.Id,
            ThematicAreas: SomeAreas()), p);
    }

    private void FeedbackBurst(int count)
    {
        var centre = Day();
        var p = Any();
        var channel = (ContactChannel)random.Next(9);
        for (var i = 0; i < count; i++)
        {
            var rating = random.Next(1, 6);
            Add(centre.AddHours(random.Next(0, 24 * 7)), Stream("feedback"), new MigrantFeedbackRecorded(channel, p.Id,
                Topics[random.Next(Topics.Length)], Languages[random.Next(Languages.Length)], rating,
                rating >= 4 ? Sentiment.Positive : rating == 3 ? Sentiment.Neutral : Sentiment.Negative,
                "The language course times did not fit my working hours.", p.Name), p);
        }
    }

    private void Member()
    {
        var p = Any();
        var at = Day();
        Add(at, Stream("member"), new MemberNetworked((MemberKind)random.Next(3), $"{Roles[random.Next(Roles.Length)]}, {p.Name}", p.Id,
            DateOnly.FromDateTime(at.UtcDateTime), [Areas[random.Next(Areas.Length)]]), p);
    }

    private void Activity()
    {
        var p = Any();
        var at = Day();
        Add(at, Stream("activity"), new InformationActivityHeld(p.Id, p.Name, (InformationActivityKind)random.Next(6),
            DateOnly.FromDateTime(at.UtcDateTime), random.Next(10, 300), "Information day for newcomers"), p);
    }

    private void Specialist()
    {
        var p = Any();
        Add(Day(), Stream("specialist"), new SpecialistProfileListed(Roles[random.Next(Roles.Length)],
            [(CompetenceArea)random.Next(9)], [Languages[random.Next(Languages.Length)], "en"], p.Id, $"helpdesk@{p.Id}.example.org"), p);
    }

    private void Group(int count)
    {
        var stream = Stream("group");
        var lead = Any();
        var at = Day();
        Add(at, stream, new WorkingGroupFormed(Topics[random.Next(Topics.Length)], lead.Id, DateOnly.FromDateTime(at.UtcDateTime),
            Areas[random.Next(Areas.Length)]), lead);
        for (var i = 1; i < count; i++)
        {
            at = at.AddDays(random.Next(7, 120));
            var member = Any();
            Add(at, stream, random.Next(10) == 0 && i == count - 1
                ? new WorkingGroupClosed(DateOnly.FromDateTime(at.UtcDateTime), "Its work is done.")
                : new WorkingGroupMemberJoined(member.Id, DateOnly.FromDateTime(at.UtcDateTime)), member);
        }
    }

    private void Outcome(int count)
    {
        var stream = Stream("outcome");
        var at = Day();
        var p = Any();
        Add(at, stream, new RecommendationAdopted(_next["outcome"], "Plan the year ahead with indicators and targets."), p);
        for (var i = 1; i < count; i++)
        {
            at = at.AddDays(random.Next(30, 200));
            Add(at, stream, new RecommendationFollowedUp("Indicators set in the year plan", (FollowUpStatus)random.Next(4), p.Id), p);
        }
    }

    private Partner Any() => partners[random.Next(partners.Count)];

    private ThematicArea[] SomeAreas() => [.. Areas.Where(_ => random.Next(3) == 0).DefaultIfEmpty(Areas[random.Next(Areas.Length)])];

    private string Stream(string kind)
    {
        var n = _next[kind] = _next.GetValueOrDefault(kind) + 1;
        return $"{kind}-{n}";
    }

    // Any moment after the network's founding day, up to the end of the period.
    private DateTimeOffset Day()
    {
        var days = end.DayNumber - start.DayNumber;
        var day = start.AddDays(random.Next(1, days));
        return new DateTimeOffset(day.ToDateTime(new TimeOnly(random.Next(8, 18), random.Next(60)), DateTimeKind.Utc));
    }

    private void Add(DateTimeOffset at, string stream, IDomainEvent e, Partner by) =>
        _facts.Add(new Scripted(at, stream, e, "representative:" + by.Id));
}
