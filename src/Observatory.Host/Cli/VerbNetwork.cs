using Observatory.Domain.EventStore;
using Observatory.Domain.Recording;
using Observatory.Host.Log;
using Observatory.Projections.Evaluations;

namespace Observatory.Host.Cli;

/// <summary>What the replay, evaluate and verify verbs share: which network, its log in memory, and which cycle.</summary>
internal static class VerbNetwork
{
    /// <summary>The network given, or the only one in the store.</summary>
    public static async Task<string> PickAsync(IEventStore store, string? given, CancellationToken cancellationToken)
    {
        if (given is not null)
            return StreamNames.IsValidNetwork(given) ? given : throw new CliException("--network", "must be a lowercase slug");
        var networks = await store.ListNetworksAsync(cancellationToken);
        return networks.Count switch
        {
            1 => networks[0],
            0 => throw new CliException("--network", "the log is empty: import a network first"),
            _ => throw new CliException("--network", $"is required: the store holds {networks.Count} networks ({string.Join(", ", networks)})"),
        };
    }

    /// <summary>The whole log of a network, read page by page, as the projections fold it; progress on <paramref name="error"/> for a long log.</summary>
    public static async Task<List<RecordedEvent>> LoadAsync(IEventStore store, string network, TextWriter error, string verb, CancellationToken cancellationToken)
    {
        var head = await store.ReadHeadAsync(network, cancellationToken);
        var progress = new ProgressLine(error, verb, "events read", head, ProgressLine.DefaultInterval);
        var events = new List<RecordedEvent>((int)Math.Min(head, 1 << 20));
        await foreach (var stored in store.ReadLogAsync(network, 0, cancellationToken))
        {
            events.Add(stored.ToRecorded());
            if (events.Count % 4096 == 0)
                await progress.ReportAsync(events.Count);
        }
        if (events.Count == 0)
            throw new CliException("--network", $"'{network}' has no events");
        if (head >= 100_000 || progress.Drawn)
            await progress.ReportAsync(events.Count, final: true);
        return events;
    }

    public static CycleSelector Selector(string? cycle, DateOnly? termStart) => (cycle, termStart) switch
    {
        (not null, not null) => throw new CliException("--cycle", "give either --cycle or --term-start, not both"),
        (not null, _) => new CycleSelector.CycleStream(cycle),
        (_, { } day) => new CycleSelector.TermStartingOn(day),
        _ => CycleSelector.Default,
    };

    public static EvaluationCycle Resolve(IReadOnlyList<RecordedEvent> log, CycleSelector selector)
    {
        try
        {
            return EvaluationCycles.Resolve(log, selector);
        }
        catch (EvaluationException e)
        {
            throw new CliException($"--{e.Field}", e.Rule);
        }
    }
}
