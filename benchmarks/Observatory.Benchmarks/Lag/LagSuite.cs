using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Observatory.Benchmarks.Postgres;
using Observatory.Benchmarks.Reporting;
using Observatory.Domain.EventStore;
using Observatory.Host.Contracts;
using Observatory.Host.Generation;
using Observatory.Host.Log;
using Observatory.Host.Projections;
using Observatory.Host.Publishing;
using Observatory.Host.Stores.Postgres;
using Observatory.Host.Web;
using Observatory.Projections;
using RabbitMQ.Client;

namespace Observatory.Benchmarks.Lag;

/// <summary>
/// Lag at a steady write rate, with the host's own components over PostgreSQL: the projection daemon (all
/// projections) and the publisher (MassTransit on RabbitMQ, publisher confirms on) running while a paced writer
/// appends single events. Commit is when the writer's append returned; "visible" is when the daemon's read-model
/// transaction holding the event committed; "consumed" is when a plain RabbitMQ.Client subscriber received it. Then the
/// publisher's throughput with confirms over a loaded log, beside raw RabbitMQ.Client publishes with confirms.
/// </summary>
internal sealed class LagSuite(PgDatabase database, BenchOptions options, Action<string> progress)
{
    private const string Store = "PostgreSQL+RabbitMQ";
    private const string Exchange = "observatory.bench.events.v1";
    private const string Queue = "observatory.bench.consumer";

    public async Task RunAsync(ResultTable table)
    {
        await LagAsync(table);
        await ThroughputAsync(table);
    }

    private async Task LagAsync(ResultTable table)
    {
        const string schema = "bench_lag";
        var histories = HistoryGenerator.Generate(options.Seed + 2, options.Smoke ? 2 : 8, 8 * 500);
        var storeOptions = await LoadAsync(schema, histories);
        await using var store = new PostgresEventStore(storeOptions);
        await using var readModels = new PostgresReadModelStore(storeOptions);
        await using var checkpoints = new PostgresPublisherCheckpoints(storeOptions.ConnectionString, schema);
        foreach (var history in histories)
            await checkpoints.SaveAsync(history.Network, new EventPublisherOptions().Subscription, history.Events.Count);

        var visible = new ConcurrentQueue<(string Network, long Position, long At)>();
        var daemonOptions = new ProjectionDaemonOptions
        {
            AfterVisible = (batch, _) =>
            {
                visible.Enqueue((batch.Network, batch.Position, Stopwatch.GetTimestamp()));
                return Task.CompletedTask;
            },
        };
        // Set as the host sets its own (Daemon__* from the environment), so one variable tunes the http/query hosts and this daemon.
        ObservatoryWebApp.ConfigureDaemon(daemonOptions, new ConfigurationBuilder().AddEnvironmentVariables().Build());
        var daemon = new ProjectionDaemon(store, readModels, ProjectionCatalog.All, daemonOptions);
        await daemon.CatchUpOnceAsync();
        visible.Clear();

        await using var consumer = await RabbitConsumer.StartAsync(options.RabbitMqUri, Exchange, Queue);
        var bus = PublisherBus.Create(new BusSettings { Transport = BusSettings.RabbitMq, RabbitMqUri = options.RabbitMqUri, Exchange = Exchange });
        await bus.StartAsync();
        using var stop = new CancellationTokenSource();
        var following = daemon.RunAsync(stop.Token);
        var publisher = new EventPublisher(store, checkpoints, bus);
        await publisher.StartAsync();
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(options.Smoke ? 0.2 : 3)); // both are following every network
            var writer = new PacedWriter(store, [.. histories.Select(h => h.Network)], options.SteadyRate);
            var cpu = CpuSnapshot.Take();
            var watch = Stopwatch.StartNew();
            await writer.RunAsync(options.LagDuration);
            var written = watch.Elapsed;
            var log = writer.Log;
            var consumed = await consumer.WaitForAsync(log.Count, TimeSpan.FromSeconds(20));
            var last = log.GroupBy(a => a.Network).ToDictionary(g => g.Key, g => g.Max(a => a.Position), StringComparer.Ordinal);
            await WaitAsync(() => last.All(l => visible.Any(v => v.Network == l.Key && v.Position >= l.Value)), TimeSpan.FromSeconds(20));
            var used = CpuSnapshot.Take() - cpu;
            progress($"lag: wrote {log.Count:N0} events in {written.TotalSeconds:0.0} s; consumer has {consumer.Count:N0}{(consumed ? "" : " (timed out)")}");

            var commits = visible.GroupBy(v => v.Network).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            var projection = Latency(log, a => FirstVisible(commits, a));
            var delivered = Latency(log, a => consumer.Arrived.TryGetValue(a.EventId.ToString(), out var at) ? at : null);
            var rate = $"{options.SteadyRate:N0} single appends/s asked ({log.Count / written.TotalSeconds:N0}/s achieved) over {histories.Count} networks";
            table.Add(Store, $"lag, commit → projection visible (handed to the host's readers; durable every {daemon.Options.DurableInterval.TotalSeconds:0.#} s), all {ProjectionCatalog.All.Count} projections, {rate}",
                new Rate(log.Count, written, projection.Latencies, used) { Note = projection.Note }, null, "", latency: [new LatencyTarget(99, 500)]);
            table.Add(Store, $"lag, commit → plain RabbitMQ.Client consumer (publisher with confirms), {rate}",
                new Rate(log.Count, written, delivered.Latencies, used) { Note = delivered.Note }, null, "", latency: [new LatencyTarget(99, 1_000)]);
        }
        finally
        {
            await publisher.StopAsync();
            await stop.CancelAsync();
            await following;
            await bus.StopAsync();
        }
        await database.DropSchemaAsync(schema);
    }

    private async Task ThroughputAsync(ResultTable table)
    {
        const string schema = "bench_publish";
        var histories = HistoryGenerator.Generate(options.Seed + 3, options.PublishNetworks, options.PublishEvents);
        var total = (int)Batches.Count(histories);
        var storeOptions = await LoadAsync(schema, histories);
        await using var store = new PostgresEventStore(storeOptions);
        await using var checkpoints = new PostgresPublisherCheckpoints(storeOptions.ConnectionString, schema);

        // Raw first: the same messages (the contract, as JSON) through RabbitMQ.Client with confirms, 32 in flight.
        var messages = new List<(string Id, byte[] Body)>(total);
        foreach (var history in histories)
            await foreach (var stored in store.ReadLogAsync(history.Network))
            {
                var message = PublicEvents.ToPublic(stored);
                messages.Add((message.EventId.ToString(), JsonSerializer.SerializeToUtf8Bytes(message)));
            }
        Rate raw;
        await using (var consumer = await RabbitConsumer.StartAsync(options.RabbitMqUri, Exchange + ".raw", Queue + ".raw"))
        {
            raw = await Step("raw RabbitMQ.Client publishes with confirms, 32 in flight", () => RawPublishAsync(messages, Exchange + ".raw"));
            await consumer.WaitForAsync(total, TimeSpan.FromSeconds(30));
        }

        Rate published;
        await using (var consumer = await RabbitConsumer.StartAsync(options.RabbitMqUri, Exchange, Queue))
        {
            var bus = PublisherBus.Create(new BusSettings { Transport = BusSettings.RabbitMq, RabbitMqUri = options.RabbitMqUri, Exchange = Exchange });
            await bus.StartAsync();
            var publisher = new EventPublisher(store, checkpoints, bus);
            try
            {
                published = await Step("publisher, loaded log to RabbitMQ with confirms", () => Measure.WorkersAsync(1, async _ =>
                {
                    await publisher.StartAsync();
                    await WaitAsync(async () => (await publisher.GetStatusAsync()) is { } s && s.Networks.Count == histories.Count
                        && s.Networks.All(n => n.LagEvents == 0), TimeSpan.FromMinutes(5), TimeSpan.FromMilliseconds(20));
                    return total;
                }));
            }
            finally
            {
                await publisher.StopAsync();
                await bus.StopAsync();
            }
            if (!await consumer.WaitForAsync(total, TimeSpan.FromSeconds(30)))
                throw new InvalidOperationException($"The consumer received {consumer.Count} of {total} published events.");
        }
        table.Add(Store, $"publish the log to RabbitMQ with confirms (EventPublisher, MassTransit), {total:N0} events over {histories.Count} networks",
            published, raw, "RabbitMQ.Client, same JSON bodies, confirms, 32 publishes in flight", target: 3_000);
        await using (var connection = await RabbitConsumer.ConnectAsync(options.RabbitMqUri, "observatory-bench-cleanup"))
        await using (var channel = await connection.CreateChannelAsync())
        {
            await channel.ExchangeDeleteAsync(Exchange);
            await channel.ExchangeDeleteAsync(Exchange + ".raw");
        }
        await database.DropSchemaAsync(schema);
    }

    private async Task<Rate> RawPublishAsync(List<(string Id, byte[] Body)> messages, string exchange)
    {
        await using var connection = await RabbitConsumer.ConnectAsync(options.RabbitMqUri, "observatory-bench-raw-publisher");
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(
            publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        const int inFlight = 32;
        return await Measure.WorkersAsync(inFlight, async w =>
        {
            long count = 0;
            for (var i = w; i < messages.Count; i += inFlight)
            {
                var properties = new BasicProperties { MessageId = messages[i].Id, ContentType = "application/json", Persistent = true };
                await channel.BasicPublishAsync(exchange, "", mandatory: false, properties, messages[i].Body);
                count++;
            }
            return count;
        });
    }

    private async Task<PostgresStoreOptions> LoadAsync(string schema, IReadOnlyList<NetworkHistory> histories)
    {
        await database.DropSchemaAsync(schema);
        var storeOptions = new PostgresStoreOptions { ConnectionString = database.ConnectionString, Schema = schema };
        await using var store = new PostgresEventStore(storeOptions);
        await store.EnsureSchemaAsync();
        await StoreRuns.ImportAsync(store, histories, 2);
        await using var readModels = new PostgresReadModelStore(storeOptions);
        await readModels.EnsureSchemaAsync();
        return storeOptions;
    }

    /// <summary>The first read-model commit of the event's network that reached its position (a network's commits rise in position).</summary>
    private static long? FirstVisible(Dictionary<string, List<(string Network, long Position, long At)>> commits, Appended a)
    {
        if (!commits.TryGetValue(a.Network, out var list))
            return null;
        int low = 0, high = list.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (list[middle].Position >= a.Position) high = middle; else low = middle + 1;
        }
        return low < list.Count ? list[low].At : null;
    }

    /// <summary>Latency from each commit to its arrival; an arrival noted before the writer noted its commit counts as 0.</summary>
    private static (Latencies Latencies, string Note) Latency(IReadOnlyList<Appended> log, Func<Appended, long?> arrival)
    {
        var times = new List<double>(log.Count);
        var missing = 0;
        foreach (var a in log)
        {
            if (arrival(a) is { } at)
                times.Add(Math.Max(0, (at - a.CommittedAt) * 1000.0 / Stopwatch.Frequency));
            else
                missing++;
        }
        var note = missing == 0 ? "" : $"{missing:N0} of {log.Count:N0} never arrived within 20 s after the run";
        return (new Latencies(times), note);
    }

    private static Task WaitAsync(Func<bool> done, TimeSpan timeout) => WaitAsync(() => Task.FromResult(done()), timeout, TimeSpan.FromMilliseconds(50));

    private static async Task WaitAsync(Func<Task<bool>> done, TimeSpan timeout, TimeSpan poll)
    {
        var watch = Stopwatch.StartNew();
        while (!await done() && watch.Elapsed < timeout)
            await Task.Delay(poll);
    }

    private async Task<Rate> Step(string what, Func<Task<Rate>> run)
    {
        var rate = await run();
        progress($"lag: {what}: {rate.Events:N0} events in {rate.Elapsed.TotalSeconds:0.0} s = {ResultTable.Describe(rate)}");
        return rate;
    }
}
