using Observatory.Domain.EventStore;
using static Observatory.Store.Tests.TestEvents;

namespace Observatory.Store.Tests.Contract;

/// <summary>
/// Appends of thousands of events (an import of a whole history), which the server store writes by a binary COPY
/// rather than an INSERT: the same rules must hold whichever way the rows travel.
/// </summary>
public abstract partial class EventStoreContract
{
    private const int Large = 2_500;

    /// <summary>A history-like request: many short streams, one stream coming back, as an importer sends it.</summary>
    private static StreamAppend[] LargeAppend(int events, string prefix = "practice", EventMetadata? metadata = null)
    {
        var appends = new List<StreamAppend>();
        var written = 0;
        var i = 0;
        while (written < events)
        {
            var size = Math.Min(events - written, 1 + (i % 3));
            var stream = i % 10 == 0 ? "network" : $"{prefix}-{i}";
            var batch = Enumerable.Range(0, size).Select(k => Event(
                data: $$"""{"title":"Practice {{i}}.{{k}}","partner":"taurage"}""",
                metadata: metadata ?? (k % 2 == 0 ? new EventMetadata("importer", Guid.CreateVersion7(), Guid.CreateVersion7()) : null))).ToArray();
            appends.Add(To(stream, ExpectedVersion.Any, batch));
            written += size;
            i++;
        }
        return [.. appends];
    }

    [Fact]
    public async Task A_large_append_is_stored_gapless_in_request_order_with_its_metadata()
    {
        await Store.AppendAsync(Network, One("network", ExpectedVersion.NoStream, Events(3)));
        var request = LargeAppend(Large);
        var sent = request.SelectMany(a => a.Events.Select(e => (a.Stream, Event: e))).ToList();

        var result = await Store.AppendAsync(Network, request);

        Assert.Equal(Enumerable.Range(4, Large).Select(p => (long)p), result.Events.Select(e => e.Position));
        Assert.All(result.Events, e => Assert.False(e.AlreadyStored));
        Assert.Equal(3 + Large, await Store.ReadHeadAsync(Network));
        var log = await Store.ReadWholeLogAsync(Network);
        Assert.Equal(Enumerable.Range(1, 3 + Large).Select(p => (long)p), log.Select(e => e.Position));
        foreach (var (stored, (stream, e)) in log.Skip(3).Zip(sent))
        {
            Assert.Equal(e.EventId, stored.EventId);
            Assert.Equal(stream, stored.Stream);
            Assert.Equal(e.Type, stored.Type);
            AssertSameJson(e.Data, stored.Data);
            Assert.Equal(e.OccurredOn, stored.OccurredOn);
            Assert.Equal(e.Metadata, stored.Metadata);
        }
        foreach (var stream in log.GroupBy(e => e.Stream))
            Assert.Equal(Enumerable.Range(1, stream.Count()).Select(v => (long)v), stream.Select(e => e.StreamVersion));
        // recordedAt never goes backwards along the positions, across the small append and the large one.
        Assert.Equal(log.Select(e => e.RecordedAt).Order(), log.Select(e => e.RecordedAt));
    }

    [Fact]
    public async Task A_repeated_large_append_returns_the_original_positions_and_stores_nothing()
    {
        var request = LargeAppend(Large);
        var first = await Store.AppendAsync(Network, request);
        await Store.AppendAsync(Network, One("network", ExpectedVersion.Any, Events(2)));

        var repeat = await Store.AppendAsync(Network, request);

        Assert.Equal(first.Events.Select(e => (e.EventId, e.Stream, e.StreamVersion, e.Position)),
            repeat.Events.Select(e => (e.EventId, e.Stream, e.StreamVersion, e.Position)));
        Assert.Equal(0, repeat.NewlyStored);
        Assert.Equal(Large + 2, await Store.ReadHeadAsync(Network));
    }

    [Fact]
    public async Task A_large_append_that_reuses_one_stored_id_for_another_body_is_refused_whole()
    {
        var stored = Event(data: """{"title":"Study visit"}""");
        await Store.AppendAsync(Network, One("network", ExpectedVersion.Any, stored));
        var request = LargeAppend(Large).Append(To("network", ExpectedVersion.Any, stored with { Data = """{"title":"Round table"}""" })).ToArray();

        var conflict = await Assert.ThrowsAsync<EventIdConflictException>(() => Store.AppendAsync(Network, request));

        Assert.Equal(stored.EventId, conflict.EventId);
        Assert.Equal(1, await Store.ReadHeadAsync(Network));
        Assert.Single(await Store.ReadWholeLogAsync(Network));
    }

    [Fact]
    public async Task A_large_append_with_one_stale_expected_version_is_refused_whole()
    {
        await Store.AppendAsync(Network, One("working-group-language", ExpectedVersion.NoStream, Events(2)));
        var request = LargeAppend(Large).Append(To("working-group-language", ExpectedVersion.Exactly(1), Event())).ToArray();

        var stale = await Assert.ThrowsAsync<WrongExpectedVersionException>(() => Store.AppendAsync(Network, request));

        Assert.Equal(2, stale.Actual);
        Assert.Equal(2, await Store.ReadHeadAsync(Network));
        Assert.Equal(2, (await Store.ReadWholeLogAsync(Network)).Count);
    }

    [Fact]
    public async Task A_large_append_that_fails_before_commit_leaves_no_event_and_no_gap()
    {
        await Store.AppendAsync(Network, One("network", ExpectedVersion.NoStream, Events(1)));

        await Assert.ThrowsAsync<SimulatedCrashException>(() => Hooks.AppendAsync(Network, LargeAppend(Large), _ => throw new SimulatedCrashException()));
        var after = await Store.AppendAsync(Network, LargeAppend(Large, prefix: "resource"));

        Assert.Equal(2, after.Events[0].Position);
        var log = await Store.ReadWholeLogAsync(Network);
        Assert.Equal(Enumerable.Range(1, 1 + Large).Select(p => (long)p), log.Select(e => e.Position));
        Assert.DoesNotContain(log, e => e.Stream.StartsWith("practice-", StringComparison.Ordinal));
        Assert.Equal(1 + Large, await Store.ReadHeadAsync(Network));
    }

    [Fact]
    public async Task A_large_append_with_exact_versions_continues_each_stream_and_wakes_a_waiter()
    {
        await Store.AppendAsync(Network, One("network", ExpectedVersion.NoStream, Events(4)));
        var waiting = Store.WaitForEventsAsync(Network, 4);
        var request = new[] { To("network", ExpectedVersion.Exactly(4), Events(600)), To("meeting-bytow-2023", ExpectedVersion.NoStream, Events(600)) };

        var result = await Store.AppendAsync(Network, request);

        await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(Enumerable.Range(5, 600).Select(v => (long)v), result.Events.Take(600).Select(e => e.StreamVersion));
        Assert.Equal(Enumerable.Range(1, 600).Select(v => (long)v), result.Events.Skip(600).Select(e => e.StreamVersion));
        Assert.Equal(1204, await Store.ReadHeadAsync(Network));
        Assert.Equal(604, (await Store.ReadStreamAsync(Network, "network").ToListAsync()).Count);
    }

    [Fact]
    public async Task A_retry_that_repeats_part_of_a_large_append_under_any_version_stores_only_the_rest()
    {
        var request = LargeAppend(Large);
        var firstHalf = request[..(request.Length / 2)];
        var stored = await Store.AppendAsync(Network, firstHalf);

        var whole = await Store.AppendAsync(Network, request);

        Assert.Equal(stored.Events.Select(e => e.Position), whole.Events.Take(stored.Events.Count).Select(e => e.Position));
        Assert.All(whole.Events.Take(stored.Events.Count), e => Assert.True(e.AlreadyStored));
        Assert.All(whole.Events.Skip(stored.Events.Count), e => Assert.False(e.AlreadyStored));
        Assert.Equal(Large, await Store.ReadHeadAsync(Network));
        Assert.Equal(Enumerable.Range(1, Large).Select(p => (long)p), (await Store.ReadWholeLogAsync(Network)).Select(e => e.Position));
    }
}
