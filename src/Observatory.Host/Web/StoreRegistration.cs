using Microsoft.Extensions.DependencyInjection;
using Observatory.Domain.EventStore;
using Observatory.Host.Cli;
using Observatory.Host.Projections;
using Observatory.Host.Publishing;
using Observatory.Host.Stores.Postgres;
using Observatory.Host.Stores.Sqlite;

namespace Observatory.Host.Web;

/// <summary>
/// The log, the read models and the publisher's checkpoints always live in the same database, so that a read model
/// and its checkpoint commit together and one backup holds everything.
/// </summary>
public static class StoreRegistration
{
    public static IServiceCollection AddObservatoryStore(this IServiceCollection services, StoreSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        services.AddSingleton(settings);
        if (settings.Kind == StoreSettings.Postgres)
        {
            var options = settings.PostgresOptions();
            services.AddSingleton<IEventStore>(_ => new PostgresEventStore(options));
            services.AddSingleton<IReadModelStore>(_ => new PostgresReadModelStore(options));
            services.AddSingleton<IPublisherCheckpoints>(_ => new PostgresPublisherCheckpoints(options.ConnectionString, options.Schema));
        }
        else
        {
            var options = settings.SqliteOptions();
            services.AddSingleton<IEventStore>(_ => new SqliteEventStore(options));
            services.AddSingleton<IReadModelStore>(_ => new SqliteReadModelStore(options));
            services.AddSingleton<IPublisherCheckpoints>(_ => new SqlitePublisherCheckpoints(options.DatabasePath));
        }
        return services;
    }
}
