using Observatory.Domain.EventStore;

namespace Observatory.Host.Dashboard.Feedback;

/// <summary>Open pages name a network in their path; only a recorded one is answered.</summary>
public static class PublicNetworks
{
    public static async Task<bool> ExistsAsync(IEventStore store, string network, CancellationToken cancellationToken) =>
        StreamNames.IsValidNetwork(network) && (await store.ListNetworksAsync(cancellationToken)).Contains(network, StringComparer.Ordinal);
}
