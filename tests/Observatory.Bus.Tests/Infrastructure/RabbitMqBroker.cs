using System.Diagnostics;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Observatory.Bus.Tests.Infrastructure;

/// <summary>Where the tests find RabbitMQ, how they control it, and the one clear message when they cannot; they never skip.</summary>
internal static class RabbitMqBroker
{
    public const string DefaultUri = "amqp://observatory:observatory@127.0.0.1:5672/";

    public static string Uri =>
        Environment.GetEnvironmentVariable("OBSERVATORY_RABBITMQ") is { Length: > 0 } fromEnvironment ? fromEnvironment : DefaultUri;

    /// <summary>A plain client connection that recovers by itself after an outage, as a long-running subscriber's would.</summary>
    public static async Task<IConnection> ConnectAsync(string name)
    {
        var factory = new ConnectionFactory
        {
            Uri = new Uri(Uri),
            ClientProvidedName = name,
            AutomaticRecoveryEnabled = true,
            TopologyRecoveryEnabled = true,
            NetworkRecoveryInterval = TimeSpan.FromSeconds(1),
            RequestedConnectionTimeout = TimeSpan.FromSeconds(5),
        };
        try
        {
            return await factory.CreateConnectionAsync();
        }
        catch (BrokerUnreachableException e)
        {
            throw new InvalidOperationException(
                $"RabbitMQ is not reachable at {new Uri(Uri).Host}:{new Uri(Uri).Port}: {e.Message} " +
                "Start it with `sudo bash deploy/services.sh rabbitmq`, or point OBSERVATORY_RABBITMQ at a broker.", e);
        }
    }

    /// <summary>Deletes what a test declared (queues, then exchanges), so runs leave nothing behind.</summary>
    public static async Task DeleteAsync(IEnumerable<string> queues, IEnumerable<string> exchanges)
    {
        await using var connection = await ConnectAsync("observatory-tests-cleanup");
        foreach (var queue in queues)
        {
            await using var channel = await connection.CreateChannelAsync();
            await channel.QueueDeleteAsync(queue, ifUnused: false, ifEmpty: false);
        }
        foreach (var exchange in exchanges)
        {
            await using var channel = await connection.CreateChannelAsync();
            await channel.ExchangeDeleteAsync(exchange, ifUnused: false);
        }
    }

    public static async Task<uint> MessageCountAsync(string queue)
    {
        await using var connection = await ConnectAsync("observatory-tests-count");
        await using var channel = await connection.CreateChannelAsync();
        return (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;
    }

    public static Task StopAppAsync() => RabbitMqCtlAsync("stop_app");

    /// <summary>Starts the broker application and waits until it accepts connections again.</summary>
    public static async Task StartAppAsync()
    {
        await RabbitMqCtlAsync("start_app");
        await RabbitMqCtlAsync("await_startup");
    }

    private static async Task RabbitMqCtlAsync(string command)
    {
        var start = new ProcessStartInfo("rabbitmqctl", ["-q", command])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)
            ?? throw new InvalidOperationException("rabbitmqctl could not be started; install RabbitMQ with `sudo bash deploy/services.sh rabbitmq`.");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"rabbitmqctl {command} failed ({process.ExitCode}): {await process.StandardError.ReadToEndAsync()}");
    }
}
