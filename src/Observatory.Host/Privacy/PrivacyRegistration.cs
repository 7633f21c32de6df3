using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Observatory.Host.Cli;
using Observatory.Host.Stores.Postgres;
using Observatory.Host.Stores.Sqlite;

namespace Observatory.Host.Privacy;

/// <summary>
/// The privacy services, for the HTTP slice to call: keys in the same database as the log (so one backup holds both),
/// the vault that seals and opens contacts, and the eraser. Register after <c>AddObservatoryStore</c>.
/// </summary>
public static class PrivacyRegistration
{
    public static IServiceCollection AddObservatoryPrivacy(this IServiceCollection services, StoreSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Kind == StoreSettings.Postgres)
            services.AddSingleton<IPersonKeys>(_ => new PostgresPersonKeys(settings.PostgresOptions().ConnectionString));
        else
            services.AddSingleton<IPersonKeys>(_ => new SqlitePersonKeys(settings.SqliteFile));
        services.TryAddSingleton<IErasureFollowUp, NoRebuildNeeded>();
        services.AddSingleton(sp => new ContactVault(sp.GetRequiredService<IPersonKeys>()));
        services.AddSingleton(sp => new PersonalDataEraser(sp.GetRequiredService<Domain.EventStore.IEventStore>(),
            sp.GetRequiredService<IPersonKeys>(), sp.GetRequiredService<IErasureFollowUp>()));
        return services;
    }
}
