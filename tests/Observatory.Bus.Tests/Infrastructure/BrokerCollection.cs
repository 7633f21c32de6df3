namespace Observatory.Bus.Tests.Infrastructure;

/// <summary>
/// Tests that use the real broker run one after another and apart from everything else: one of them stops the
/// broker, which no other test should notice.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrokerCollection
{
    public const string Name = "rabbitmq";
}
