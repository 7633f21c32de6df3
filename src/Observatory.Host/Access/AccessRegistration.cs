using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Observatory.Host.Cli;
using Observatory.Host.Stores.Postgres;
using Observatory.Host.Stores.Sqlite;

namespace Observatory.Host.Access;

/// <summary>Bearer keys, role policies, the tenant check and per-credential rate limits, registered and placed in the pipeline.</summary>
public static class AccessRegistration
{
    public static IServiceCollection AddObservatoryAccess(this IServiceCollection services, IConfiguration configuration, StoreSettings store)
    {
        // Read when first needed, so a test or an embedder can still change the configuration after this call.
        services.AddSingleton(_ => configuration.GetSection(AccessOptions.Section).Get<AccessOptions>() ?? new AccessOptions());
        services.AddSingleton(CredentialsFor(store));
        services.AddSingleton<KeyRing>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddAuthentication(KeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, KeyAuthenticationHandler>(KeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorization(AccessPolicies.Add);
        services.AddSingleton<IAuthorizationHandler, SameNetworkHandler>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, AccessResultHandler>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<AccessOptions>(RateLimits.Configure);
        return services;
    }

    /// <summary>The credentials table lives in the store's own database, as the log and the read models do.</summary>
    public static ICredentialStore CredentialsFor(StoreSettings store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.Kind == StoreSettings.Postgres
            ? new PostgresCredentials(store.PostgresOptions().ConnectionString)
            : new SqliteCredentials(store.SqliteFile);
    }

    /// <summary>Authentication first, then the rate limit (it partitions by credential), then authorization.</summary>
    public static WebApplication UseObservatoryAccess(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        return app;
    }
}
