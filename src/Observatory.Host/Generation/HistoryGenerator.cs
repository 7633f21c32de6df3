using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Observatory.Domain.Corrections;
using Observatory.Domain.EventStore;
using Observatory.Domain.Serialization;

namespace Observatory.Host.Generation;

/// <summary>
/// Realistic histories for many networks, deterministic from a seed: the same seed, network count and size give the
/// same events, ids and bytes. Each network draws from its own random (seed and index), so networks can be generated
/// in parallel and a network's history does not depend on how many others there are.
/// </summary>
internal static class HistoryGenerator
{
    private const int Years = 10;
    private static readonly DateOnly Epoch = new(2015, 1, 1);

    public static List<NetworkHistory> Generate(int seed, int networks, long totalEvents) => Generate(seed, 0, networks, networks, totalEvents);

    /// <summary>
    /// Networks <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> − 1 of the histories
    /// <see cref="Generate(int, int, long)"/> makes for <paramref name="networks"/> networks: the same events, a few
    /// networks at a time, so a 10M-event data set need not be held in memory at once.
    /// </summary>
    public static List<NetworkHistory> Generate(int seed, int first, int count, int networks, long totalEvents)
    {
        var perNetwork = (int)Math.Max(1, totalEvents / networks);
        var histories = new NetworkHistory[count];
        Parallel.For(0, count, i => histories[i] = One(seed, first + i, perNetwork));
        return [.. histories];
    }

    /// <summary>A short fingerprint of every id and byte generated: equal fingerprints mean the runs wrote the same data.</summary>
    public static string Fingerprint(IEnumerable<NetworkHistory> histories)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var e in histories.SelectMany(h => h.Events))
        {
            hash.AppendData(e.Event.EventId.ToByteArray());
            hash.AppendData(Encoding.UTF8.GetBytes(e.Stream + e.Event.Data));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    }

    private static NetworkHistory One(int seed, int index, int budget)
    {
        // Not HashCode.Combine: it is seeded per process, and the same seed must give the same history in every run.
        var random = new Random(unchecked((seed * 1_000_003) + (index * 7_919) + 0x0b5e));
        var network = $"net-{index:000}";
        var start = Epoch.AddDays(random.Next(0, 365));
        // About 1 % of the log corrects or retracts an earlier entry, so the rest of the budget goes to facts.
        var facts = new NetworkScript(random, network, start, Years).Plan(budget - budget / 100);
        facts.AddRange(Corrections(random, facts, budget / 100));
        var ordered = facts.OrderBy(f => f.At).ToList(); // stable: the founding facts keep their order
        return new NetworkHistory(network, Place(random, ordered));
    }

    private static List<Scripted> Corrections(Random random, List<Scripted> facts, int count)
    {
        var corrections = new List<Scripted>(count);
        for (var i = 0; i < count; i++)
        {
            var target = facts[random.Next(facts.Count)];
            if (target.Stream == StreamNames.NetworkStream)
                continue; // the network stream is corrected by its own facts (replaced, handed over), not by entries
            corrections.Add(new Scripted(target.At.AddDays(random.Next(1, 60)), target.Stream, null, "leader:corrections",
                Corrects: target, Retracts: random.Next(4) == 0));
        }
        return corrections;
    }

    // Hands out ids in log order (time-ordered), stream versions and positions, and serialises each fact.
    private static List<GeneratedEvent> Place(Random random, List<Scripted> ordered)
    {
        var ids = new DeterministicIds(random);
        var versions = new Dictionary<string, long>(StringComparer.Ordinal);
        var placed = new Dictionary<object, EventToAppend>(ReferenceEqualityComparer.Instance);
        var events = new List<GeneratedEvent>(ordered.Count);
        foreach (var fact in ordered)
        {
            var domainEvent = fact.Event ?? Correction(fact, placed[fact.Corrects!]);
            var (type, schemaVersion, data) = EventSerializer.Serialize(domainEvent);
            var id = ids.Next(fact.At);
            var e = new EventToAppend(id, type, schemaVersion, data, fact.At, new EventMetadata(fact.Actor, id));
            placed[fact] = e;
            var version = versions[fact.Stream] = versions.GetValueOrDefault(fact.Stream) + 1;
            events.Add(new GeneratedEvent(fact.Stream, version, events.Count + 1, e, SHA256.HashData(Encoding.UTF8.GetBytes(data))));
        }
        return events;
    }

    private static IDomainEvent Correction(Scripted fact, EventToAppend target)
    {
        if (fact.Retracts)
            return new EntryRetracted(target.EventId, "Recorded twice by mistake.");
        using var document = JsonDocument.Parse(target.Data);
        return new EntryCorrected(target.EventId, "The partner sent a corrected figure.", document.RootElement.Clone());
    }
}
