using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Observatory.Domain.EventStore;
using Observatory.Host.Cli;
using Observatory.Host.Projections;
using Observatory.Host.Publishing;

namespace Observatory.Host.Web;

/// <summary>
/// GET /health: the store (reachable, networks and heads), the projection daemon's position and lag per read model,
/// and the publisher's lag. 503 when the store cannot be read, a read model has parked events or the publisher is failing.
/// </summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health", GetAsync).WithName("Health").WithTags("Health");
        return endpoints;
    }

    public static async Task<JsonHttpResult<HealthReport>> GetAsync(
        IEventStore store, StoreSettings settings, ProjectionDaemon daemon, EventPublisher publisher, CancellationToken cancellationToken)
    {
        StoreHealth storeHealth;
        try
        {
            var networks = await store.ListNetworksAsync(cancellationToken);
            var heads = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var network in networks)
                heads[network] = await store.ReadHeadAsync(network, cancellationToken);
            storeHealth = new StoreHealth(settings.Kind, true, heads, null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            storeHealth = new StoreHealth(settings.Kind, false, new Dictionary<string, long>(), e.Message);
        }

        var projections = daemon.Status;
        var bus = await publisher.GetStatusAsync(cancellationToken);
        var healthy = storeHealth.Reachable
                      && projections.Projections.All(p => p.ParkedEvents == 0)
                      && projections.Faults.Count == 0
                      && bus.Healthy;
        var report = new HealthReport(healthy ? "healthy" : "unhealthy", storeHealth, projections, bus);
        return TypedResults.Json(report, statusCode: healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }
}

public sealed record HealthReport(string Status, StoreHealth Store, DaemonStatus Projections, PublisherStatus Bus);

public sealed record StoreHealth(string Kind, bool Reachable, IReadOnlyDictionary<string, long> Heads, string? Error);
