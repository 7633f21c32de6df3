using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Observatory.Domain.EventStore;
using Observatory.Projections;

namespace Observatory.Host.Projections;

/// <summary>Registers the daemon as a hosted service (and as itself, for the health endpoint), plus the reader.</summary>
public static class ProjectionDaemonRegistration
{
    /// <remarks>Expects <see cref="IEventStore"/> and <see cref="IReadModelStore"/> to be registered over the same database.</remarks>
    public static IServiceCollection AddProjectionDaemon(this IServiceCollection services,
        Func<IServiceProvider, IEnumerable<IProjection>> projections, Action<ProjectionDaemonOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(projections);
        services.AddSingleton(_ => new LiveStates());
        services.AddSingleton(provider =>
        {
            var options = new ProjectionDaemonOptions();
            configure?.Invoke(options);
            return new ProjectionDaemon(provider.GetRequiredService<IEventStore>(), provider.GetRequiredService<IReadModelStore>(),
                projections(provider), options, provider.GetService<ILogger<ProjectionDaemon>>(), provider.GetRequiredService<LiveStates>());
        });
        services.AddHostedService(provider => provider.GetRequiredService<ProjectionDaemon>());
        services.AddSingleton(provider => new ReadModelReader(provider.GetRequiredService<IReadModelStore>(), provider.GetRequiredService<LiveStates>()));
        return services;
    }
}
