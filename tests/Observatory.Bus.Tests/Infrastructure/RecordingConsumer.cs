using MassTransit;
using Observatory.Contracts.V1;

namespace Observatory.Bus.Tests.Infrastructure;

/// <summary>
/// A typed MassTransit subscriber that dedupes by message id, as the docs tell subscribers to. It throws for
/// messages <paramref name="poison"/> picks, to show what happens to a message nobody can handle.
/// </summary>
internal sealed class RecordingConsumer(DeliveryLedger ledger, Func<ObservatoryEventV1, bool>? poison = null) : IConsumer<ObservatoryEventV1>
{
    private int _handled;
    private int _poisonAttempts;

    /// <summary>Messages handled once each (repeats dropped).</summary>
    public int Handled => Volatile.Read(ref _handled);

    public int PoisonAttempts => Volatile.Read(ref _poisonAttempts);

    public Task Consume(ConsumeContext<ObservatoryEventV1> context)
    {
        if (poison?.Invoke(context.Message) == true)
        {
            Interlocked.Increment(ref _poisonAttempts);
            throw new InvalidOperationException($"This subscriber cannot handle event {context.Message.EventId}.");
        }
        if (ledger.Record(context.MessageId, context.Message))
            Interlocked.Increment(ref _handled);
        return Task.CompletedTask;
    }
}
