using Observatory.Domain.EventStore;

namespace Observatory.Host.Stores;

/// <summary>A new event with its place in the log.</summary>
internal sealed record PlannedEvent(PreparedEvent Source, long StreamVersion, long Position);

/// <summary>What an append will write, and what it answers the caller.</summary>
internal sealed record AppendPlan(IReadOnlyList<PlannedEvent> NewEvents, AppendResult Result, long NewHead);

/// <summary>
/// The rules of appending, in one place for both stores: idempotent repeats, id conflicts, optimistic concurrency,
/// gapless positions. Stores call it while they hold the network's write lock, with the state read under that lock,
/// so the plan cannot go stale before it is written.
/// </summary>
internal static class AppendPlanner
{
    public static AppendPlan Plan(
        PreparedAppend request,
        long head,
        IReadOnlyDictionary<Guid, ExistingEvent> existing,
        IReadOnlyDictionary<string, long> streamVersions)
    {
        CheckConflicts(request, existing);
        // Before the stream versions: a writer whose view of the network is stale decides again rather than being
        // told about one stream. A full repeat skips it, as it skips the version check below.
        if (request.ExpectedHead is { } expectedHead && expectedHead != head && existing.Count < request.Events.Count)
            throw new WrongExpectedHeadException(request.Network, expectedHead, head);

        var byId = new Dictionary<Guid, AppendedEvent>(request.Events.Count);
        var newEvents = new List<PlannedEvent>(Math.Max(0, request.Events.Count - existing.Count));
        // A stream may come back later in the same request (an import keeps its file's order), so versions carry over.
        var versions = new Dictionary<string, long>(streamVersions, StringComparer.Ordinal);
        var position = head;
        var index = 0;
        foreach (var append in request.Appends)
        {
            // An index range of the request's events (Skip/Take would walk the list from its start for every append).
            var start = index;
            var count = append.Events.Count;
            index += count;

            var stored = 0;
            for (var i = start; i < start + count; i++)
            {
                if (existing.ContainsKey(request.Events[i].Event.EventId))
                    stored++;
            }
            var current = versions.GetValueOrDefault(append.Stream);
            if (stored == 0 && !append.Expected.IsAny && append.Expected.Value != current)
                throw new WrongExpectedVersionException(request.Network, append.Stream, append.Expected, current);
            if (stored > 0 && stored < count && !append.Expected.IsAny)
                throw new InvalidAppendException("events", "a retried append must repeat exactly the original events");

            // A full repeat answers with the original places and skips the version check: the writer's decision
            // was already accepted once, and the stream may have moved on since.
            for (var i = start; i < start + count; i++)
            {
                var e = request.Events[i];
                if (existing.TryGetValue(e.Event.EventId, out var old))
                {
                    byId[old.EventId] = new AppendedEvent(old.EventId, old.Stream, old.StreamVersion, old.Position, AlreadyStored: true);
                    continue;
                }
                var planned = new PlannedEvent(e, ++current, ++position);
                newEvents.Add(planned);
                byId[e.Event.EventId] = new AppendedEvent(e.Event.EventId, e.Stream, planned.StreamVersion, planned.Position, AlreadyStored: false);
            }
            versions[append.Stream] = current;
        }

        var result = new AppendResult([.. request.Events.Select(e => byId[e.Event.EventId])]);
        return new AppendPlan(newEvents, result, position);
    }

    private static void CheckConflicts(PreparedAppend request, IReadOnlyDictionary<Guid, ExistingEvent> existing)
    {
        foreach (var e in request.Events)
        {
            if (!existing.TryGetValue(e.Event.EventId, out var old))
                continue;
            if (!string.Equals(old.Stream, e.Stream, StringComparison.Ordinal))
                throw new EventIdConflictException(old.EventId, "stream");
            if (!string.Equals(old.Type, e.Event.Type, StringComparison.Ordinal))
                throw new EventIdConflictException(old.EventId, "type");
            if (!old.Hash.AsSpan().SequenceEqual(e.Hash))
                throw new EventIdConflictException(old.EventId, "body");
        }
    }
}
