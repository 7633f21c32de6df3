using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Observatory.Bus.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Observatory.Bus.Tests.Publishing;

/// <summary>
/// The real executable, killed with SIGKILL while it publishes and started again: the checkpoint moves only after the
/// broker confirmed, so a subscriber that ran throughout still gets every event, duplicates only as repeated ids.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class HostCrashSpecs(ITestOutputHelper output)
{
    [Fact]
    public async Task Killing_the_host_while_it_publishes_and_starting_it_again_loses_no_event()
    {
        await using var run = new BusRun();
        await using var log = new SqliteLog();
        var ledger = new DeliveryLedger();
        await run.StartConsumerBusAsync(run.Queue("steady"), new RecordingConsumer(ledger), e => e.ConcurrentMessageLimit = 1);
        await log.AppendAsync(SampleEvents.Founding());
        var appender = new ContinuousAppender(log.Store, SqliteLog.Network);
        appender.Start();

        var first = StartHost(run, log);
        try
        {
            Assert.True(await ledger.WaitForTotalAsync(20, TimeSpan.FromSeconds(30)), "The host did not start publishing.\n" + await StopAsync(first));
        }
        finally
        {
            first.Kill(entireProcessTree: true); // SIGKILL: no shutdown, no final checkpoint
            await first.WaitForExitAsync();
        }
        var receivedAtKill = ledger.Total;
        await Task.Delay(TimeSpan.FromSeconds(1));

        var second = StartHost(run, log);
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(1.5));
            await appender.StopAsync();
            var expected = (await log.Store.ReadAllAsync(SqliteLog.Network, 0, 100_000)).Select(e => e.EventId).ToList();
            var complete = await ledger.WaitForAsync(expected, TimeSpan.FromSeconds(30));
            var (lost, unexpected) = ledger.Compare(expected);
            output.WriteLine($"appended {expected.Count}; received {receivedAtKill} before the kill, {ledger.Total} in all; duplicates {ledger.Duplicates}");

            Assert.True(complete, $"lost {lost} of {expected.Count}");
            Assert.Equal(0, lost);
            Assert.Equal(0, unexpected);
            Assert.Empty(ledger.Problems);
        }
        finally
        {
            await StopAsync(second);
        }
    }

    private static Process StartHost(BusRun run, SqliteLog log)
    {
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "observatory"),
            ["serve", "--no-seed", "--bus", "rabbitmq", "--rabbitmq", RabbitMqBroker.Uri, "--exchange", run.Exchange,
             "--urls", $"http://127.0.0.1:{FreePort()}", "--data", log.DataDirectory])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        return Process.Start(start) ?? throw new InvalidOperationException("The observatory executable did not start.");
    }

    private static async Task<string> StopAsync(Process host)
    {
        if (!host.HasExited) host.Kill(entireProcessTree: true);
        await host.WaitForExitAsync();
        return await host.StandardError.ReadToEndAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
