using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Observatory.Host.Access;
using Observatory.Host.Privacy;

namespace Observatory.Host.Api;

/// <summary>The versioned JSON API under /api/v1 and its OpenAPI document at /openapi/v1.json.</summary>
public static class ApiRegistration
{
    public const string Prefix = "/api/v1/networks/{network}";

    public static IServiceCollection AddObservatoryApi(this IServiceCollection services)
    {
        services.AddOpenApi();
        services.AddSingleton<LedgerCache>();
        services.AddSingleton<Recorder>();
        return services;
    }

    public static IEndpointRouteBuilder MapObservatoryApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi().AllowAnonymous();
        var network = endpoints.MapGroup(Prefix);
        network.MapCommands().RequireAuthorization(AccessPolicies.Record);
        network.MapErasures().RequireAuthorization(AccessPolicies.Erase);
        var reads = network.MapGroup("").RequireAuthorization(AccessPolicies.Read);
        reads.MapStreamHeads();
        reads.MapViews();
        reads.MapEvaluations();
        return endpoints;
    }
}
