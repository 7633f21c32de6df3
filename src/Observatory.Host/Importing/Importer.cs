using System.Text.Json.Nodes;
using Observatory.Domain.EventStore;
using Observatory.Domain.Recording;
using Observatory.Domain.Serialization;
using Observatory.Host.Log;

namespace Observatory.Host.Importing;

/// <summary>
/// Imports a JSON Lines file all-or-nothing: every line is parsed and checked against the domain's rules (as if
/// recorded one after another on top of what the log already holds) before anything is appended; lines whose
/// event id is already in the log are skipped, so re-importing a file adds nothing. Each network's lines are
/// appended in one atomic append with the stream versions the check was made against.
/// </summary>
public sealed class Importer(IEventStore store, TimeProvider clock)
{
    public const int MaxReportedErrors = 100;

    /// <summary>Called as lines are read ("lines read") and as networks are appended ("events appended"), for a long file's progress.</summary>
    public Func<long, string, ValueTask>? Progress { get; init; }

    public async Task<ImportReport> ImportAsync(TextReader reader, string actor, CancellationToken cancellationToken = default)
    {
        var (lines, errors) = await ParseAsync(reader, actor, Progress, cancellationToken);
        if (errors.Count > 0) return new ImportReport(lines.Count, 0, 0, errors);

        var now = clock.GetUtcNow();
        var plans = new List<(string Network, List<ImportLine> NewLines, IReadOnlyDictionary<string, long> Versions)>();
        var alreadyInLog = 0;
        foreach (var group in lines.GroupBy(l => l.Network, StringComparer.Ordinal))
        {
            var plan = await CheckAsync(group.Key, [.. group], now, errors, cancellationToken);
            alreadyInLog += plan.AlreadyInLog;
            plans.Add((group.Key, plan.NewLines, plan.Versions));
        }
        if (errors.Count > 0) return new ImportReport(lines.Count, 0, 0, Sorted(errors));

        var appended = 0;
        foreach (var (network, newLines, versions) in plans.Where(p => p.NewLines.Count > 0))
        {
            var correlation = Guid.CreateVersion7(now);
            var appends = InFileOrder(newLines, versions, correlation);
            try
            {
                var result = await store.AppendAsync(network, appends, cancellationToken);
                appended += result.NewlyStored;
                if (Progress is not null)
                    await Progress(appended, "events appended");
            }
            catch (WrongExpectedVersionException e)
            {
                errors.Add(new ImportError(newLines[0].LineNumber, "stream",
                    $"the log of network '{network}' changed while the file was being checked ({e.Message}); nothing of this network was imported, run the import again"));
            }
        }
        return new ImportReport(lines.Count, appended, alreadyInLog, errors);
    }

    private static async Task<(List<ImportLine> Lines, List<ImportError> Errors)> ParseAsync(TextReader reader, string actor,
        Func<long, string, ValueTask>? progress, CancellationToken cancellationToken)
    {
        var lines = new List<ImportLine>();
        var errors = new List<ImportError>();
        var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
        var ids = new Dictionary<Guid, int>();
        var number = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } text)
        {
            number++;
            if (progress is not null && number % 4096 == 0)
                await progress(number, "lines read");
            if (ImportLineParser.IsComment(text)) continue;
            var (line, error) = ImportLineParser.Parse(number, text, actor, key => ordinals[key] = ordinals.GetValueOrDefault(key) + 1);
            if (error is null && ids.TryGetValue(line!.EventId, out var first))
                error = new ImportError(number, "eventId", $"repeats the event id of line {first}; an event id names one fact only");
            if (error is not null)
            {
                if (errors.Count < MaxReportedErrors) errors.Add(error);
                continue;
            }
            ids[line!.EventId] = number;
            lines.Add(line);
        }
        return (lines, errors);
    }

    private async Task<(List<ImportLine> NewLines, int AlreadyInLog, IReadOnlyDictionary<string, long> Versions)> CheckAsync(
        string network, List<ImportLine> lines, DateTimeOffset now, List<ImportError> errors, CancellationToken cancellationToken)
    {
        var byId = lines.ToDictionary(l => l.EventId);
        var stored = new Dictionary<Guid, StoredEvent>();
        var ledger = NetworkLedger.Empty;
        var head = 0L;
        await foreach (var e in store.ReadLogAsync(network, 0, cancellationToken))
        {
            ledger = ledger.Evolve(e.ToRecorded());
            head = e.Position;
            if (byId.ContainsKey(e.EventId)) stored[e.EventId] = e;
        }

        var versionsAtStart = new Dictionary<string, long>(StringComparer.Ordinal);
        var newLines = new List<ImportLine>();
        var alreadyInLog = 0;
        foreach (var line in lines)
        {
            if (stored.TryGetValue(line.EventId, out var existing))
            {
                if (!IsSameFact(existing, line))
                    AddError(errors, new ImportError(line.LineNumber, "eventId",
                        $"is already in the log for a different fact (stream '{existing.Stream}', type '{existing.Type}'); an event id names one fact only"));
                alreadyInLog++;
                continue;
            }

            versionsAtStart.TryAdd(line.Stream, ledger.StreamVersion(line.Stream));
            var decision = ledger.Decide(new RecordFact(line.Stream, line.Fact, line.OccurredOn, now));
            if (!decision.IsAccepted)
            {
                var error = decision.Error!;
                AddError(errors, new ImportError(line.LineNumber, error.Field is null ? "data" : $"data.{error.Field}", $"{error.Message} (rule {error.Rule})"));
                continue;
            }
            head++;
            ledger = ledger.Evolve(new RecordedEvent(line.EventId, line.Stream, ledger.StreamVersion(line.Stream) + 1, head, line.OccurredOn, now, line.Fact));
            newLines.Add(line);
        }
        return (newLines, alreadyInLog, versionsAtStart);
    }

    // Compared as JSON values, not text: PostgreSQL's jsonb hands data back in its own key order, which shows
    // through in free-form parts such as a correction's replacement.
    private static bool IsSameFact(StoredEvent existing, ImportLine line) =>
        existing.Stream == line.Stream &&
        existing.Type == line.Type &&
        existing.OccurredOn == line.OccurredOn &&
        JsonNode.DeepEquals(JsonNode.Parse(EventSerializer.Serialize(existing.ToRecorded().Event).Data), JsonNode.Parse(line.CanonicalData));

    /// <summary>
    /// One stream append per run of consecutive lines of the same stream, so positions follow the file's order (the
    /// order the rules were checked in); each run expects the version the previous run of its stream leaves.
    /// </summary>
    private static List<StreamAppend> InFileOrder(List<ImportLine> lines, IReadOnlyDictionary<string, long> versionsAtStart, Guid correlation)
    {
        var versions = new Dictionary<string, long>(versionsAtStart, StringComparer.Ordinal);
        var appends = new List<StreamAppend>();
        var run = new List<ImportLine>();
        foreach (var line in lines)
        {
            if (run.Count > 0 && run[0].Stream != line.Stream) Flush();
            run.Add(line);
        }
        Flush();
        return appends;

        void Flush()
        {
            if (run.Count == 0) return;
            var stream = run[0].Stream;
            var expected = versions.GetValueOrDefault(stream);
            appends.Add(new StreamAppend(stream, ExpectedVersion.Exactly(expected), [.. run.Select(l => ToAppend(l, correlation))]));
            versions[stream] = expected + run.Count;
            run.Clear();
        }
    }

    private static EventToAppend ToAppend(ImportLine line, Guid correlation)
    {
        var (type, version, data) = EventSerializer.Serialize(line.Fact);
        return new EventToAppend(line.EventId, type, version, data, line.OccurredOn,
            new EventMetadata(line.Actor, line.CorrelationId ?? correlation, line.CausationId));
    }

    private static void AddError(List<ImportError> errors, ImportError error)
    {
        if (errors.Count < MaxReportedErrors) errors.Add(error);
    }

    private static List<ImportError> Sorted(List<ImportError> errors) => [.. errors.OrderBy(e => e.LineNumber)];
}
