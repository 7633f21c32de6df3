using System.Diagnostics;
using Observatory.Domain.EventStore;
using Observatory.Host.Stores;
using Xunit.Abstractions;
using static Observatory.Store.Tests.TestEvents;

namespace Observatory.Store.Tests.Concurrency;

/// <summary>
/// The gap problem, attacked head-on: many writers append to one network (and others to a second network) while
/// some of their transactions roll back after writing — by a simulated crash or a stale expected version — and
/// readers tail the log with ReadAllAsync and WaitForEventsAsync. A store that hands out positions outside commit
/// order lets a reader pass a position whose event commits later; then that reader never sees it.
/// </summary>
public abstract class ConcurrentAppendProof(ITestOutputHelper output)
{
    private const int MainWriters = 8;
    private const int EventsPerMainWriter = 500;
    private const int SecondWriters = 2;
    private const int EventsPerSecondWriter = 250;
    private const int ReadersOnMain = 3;
    private static readonly string[] Streams = ["network", "meeting-bytow-2023", "meeting-markaryd-2022", "working-group-language", "feedback-taurage"];

    protected abstract string StoreName { get; }

    /// <summary>A fresh, empty store; the test disposes it.</summary>
    protected abstract Task<IEventStore> CreateStoreAsync();

    [Fact]
    public Task Concurrent_writers_with_rollbacks_never_make_a_tailing_reader_skip_or_repeat_an_event() =>
        ProveAsync(EventsPerMainWriter, EventsPerSecondWriter, random => random.Next(1, 21));

    /// <summary>
    /// The same proof with imports among the commands: about one append in eight carries 1,000–1,400 events (the
    /// server store writes those by COPY), the rest 1–20, with the same share of crashes and stale versions.
    /// </summary>
    [Fact]
    public Task Large_appends_among_small_ones_never_make_a_tailing_reader_skip_or_repeat_an_event() =>
        ProveAsync(EventsPerMainWriter * 8, EventsPerSecondWriter * 4,
            random => random.Next(8) == 0 ? random.Next(1_000, 1_401) : random.Next(1, 21));

    private async Task ProveAsync(int eventsPerMainWriter, int eventsPerSecondWriter, Func<Random, int> appendSize)
    {
        var store = await CreateStoreAsync();
        await using var disposeStore = (IAsyncDisposable)store;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var main = new ProofLedger("bytow-observatory");
        var second = new ProofLedger("milestone");
        var clock = Stopwatch.StartNew();

        var writers = Enumerable.Range(0, MainWriters).Select(i => Task.Run(() => WriteAsync(store, main, i, eventsPerMainWriter, appendSize, timeout.Token)))
            .Concat(Enumerable.Range(0, SecondWriters).Select(i => Task.Run(() => WriteAsync(store, second, 100 + i, eventsPerSecondWriter, appendSize, timeout.Token))))
            .ToList();
        var writersDone = Task.WhenAll(writers);
        var readers = Enumerable.Range(0, ReadersOnMain).Select(i => Task.Run(() => TailAsync(store, main.Network, 10 + i * 40, writersDone, timeout.Token)))
            .Append(Task.Run(() => TailAsync(store, second.Network, 25, writersDone, timeout.Token)))
            .ToList();

        await writersDone;
        var seen = await Task.WhenAll(readers);
        await timeout.CancelAsync();
        clock.Stop();

        Report(main, seen[..ReadersOnMain], clock.Elapsed);
        Report(second, seen[ReadersOnMain..], clock.Elapsed);
        foreach (var (ledger, tails) in new[] { (main, seen[..ReadersOnMain]), (second, seen[ReadersOnMain..]) })
        {
            var n = ledger.Committed.Count;
            Assert.Equal(n, await store.ReadHeadAsync(ledger.Network));
            Assert.Equal(Enumerable.Range(1, n).Select(p => (long)p), ledger.Committed.Values.Order());
            foreach (var tail in tails)
            {
                Assert.Equal(Enumerable.Range(1, n).Select(p => (long)p), tail.Events.Select(e => e.Position));
                Assert.All(tail.Events, e => Assert.Equal(ledger.Committed[e.EventId], e.Position));
                Assert.DoesNotContain(tail.Events, e => ledger.RolledBack.ContainsKey(e.EventId));
            }
            var log = await store.ReadWholeLogAsync(ledger.Network);
            foreach (var stream in log.GroupBy(e => e.Stream))
                Assert.Equal(Enumerable.Range(1, stream.Count()).Select(v => (long)v), stream.Select(e => e.StreamVersion));
        }
        Assert.True(main.CrashedAppends > 0 && main.StaleAppends > 0, "The run must include rolled-back appends of both kinds.");
    }

    private static async Task WriteAsync(
        IEventStore store, ProofLedger ledger, int seed, int quota, Func<Random, int> appendSize, CancellationToken cancellationToken)
    {
        var random = new Random(seed);
        var hooks = (IEventStoreTestHooks)store;
        var known = Streams.ToDictionary(s => s, _ => 0L);
        var written = 0;
        while (written < quota)
        {
            var stream = Streams[random.Next(Streams.Length)];
            var events = Events(Math.Min(appendSize(random), quota - written));
            var roll = random.Next(100);
            // Writers share streams, so an exact expected version is often stale: a refusal that must leave nothing.
            var expected = roll < 40 ? ExpectedVersion.Exactly(known[stream]) : ExpectedVersion.Any;
            Func<CancellationToken, Task>? crash = roll >= 90 ? _ => throw new SimulatedCrashException() : null;
            try
            {
                var result = await hooks.AppendAsync(ledger.Network, One(stream, expected, events), crash, cancellationToken);
                foreach (var e in result.Events)
                    Assert.True(ledger.Committed.TryAdd(e.EventId, e.Position));
                known[stream] = result.Events[^1].StreamVersion;
                written += events.Length;
                Interlocked.Increment(ref ledger.CommittedAppends);
            }
            catch (SimulatedCrashException)
            {
                MarkRolledBack(ledger, events);
                Interlocked.Increment(ref ledger.CrashedAppends);
            }
            catch (WrongExpectedVersionException stale)
            {
                MarkRolledBack(ledger, events);
                known[stream] = stale.Actual;
                Interlocked.Increment(ref ledger.StaleAppends);
            }
        }
    }

    private static void MarkRolledBack(ProofLedger ledger, EventToAppend[] events)
    {
        foreach (var e in events)
            ledger.RolledBack.TryAdd(e.EventId, 0);
    }

    private sealed record Tail(List<StoredEvent> Events, int Wakes);

    private static async Task<Tail> TailAsync(IEventStore store, string network, int pageSize, Task writersDone, CancellationToken cancellationToken)
    {
        var seen = new List<StoredEvent>();
        var wakes = 0;
        long after = 0;
        while (true)
        {
            var page = await store.ReadAllAsync(network, after, pageSize, cancellationToken);
            if (page.Count > 0)
            {
                seen.AddRange(page);
                after = page[^1].Position;
                continue;
            }
            if (writersDone.IsCompleted && after >= await store.ReadHeadAsync(network, cancellationToken))
                return new Tail(seen, wakes);
            // Waits left behind when the writers finish end with the test's token.
            await Task.WhenAny(store.WaitForEventsAsync(network, after, cancellationToken), writersDone);
            wakes++;
        }
    }

    private void Report(ProofLedger ledger, Tail[] tails, TimeSpan elapsed) =>
        output.WriteLine(
            $"{StoreName} '{ledger.Network}': {ledger.Committed.Count} events committed in {ledger.CommittedAppends} appends, " +
            $"{ledger.CrashedAppends} appends crashed before commit and {ledger.StaleAppends} refused as stale " +
            $"({ledger.RolledBack.Count} events never stored); readers saw {string.Join(", ", tails.Select(t => $"{t.Events.Count} events after {t.Wakes} waits"))}; " +
            $"{elapsed.TotalSeconds:F1} s.");
}
