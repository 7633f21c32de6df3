using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Observatory.Host.Access;
using Observatory.Host.Api;
using Observatory.Host.Cli;
using Observatory.Host.Dashboard;
using Observatory.Host.Dashboard.Forms;
using Observatory.Host.Privacy;
using Observatory.Host.Feed;
using Observatory.Host.Projections;
using Observatory.Host.Publishing;
using Observatory.Projections;

namespace Observatory.Host.Web;

/// <summary>The one host: the store, the projection daemon, the publisher and the HTTP endpoints, composed.</summary>
public static class ObservatoryWebApp
{
    /// <summary>
    /// The host's daemon settings: Daemon__PageSize, Daemon__DurableInterval, … from the environment or appsettings
    /// (<see cref="ProjectionDaemonOptions"/>). The host serves its pages from the states its own daemon hands over, so
    /// by default it makes a network's states durable once a minute (or every 5,000 events) rather than on every
    /// catch-up: each commit writes the changed states whole, about 2.4 MB for a practice shared in a network of 5,000
    /// events, and at 5 s two hundred busy networks made PostgreSQL write ~100 MB/s of documents (benchmarks).
    /// </summary>
    public static void ConfigureDaemon(ProjectionDaemonOptions options, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(configuration);
        options.DurableInterval = TimeSpan.FromMinutes(1);
        configuration.GetSection("Daemon").Bind(options);
    }

    /// <param name="configure">A hook for tests and embedders: runs after the host's own registrations, before building.</param>
    public static WebApplication Build(StoreSettings store, BusSettings bus, string urls, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(urls);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddObservatoryStore(store);
        var configuration = builder.Configuration;
        builder.Services.AddProjectionDaemon(_ => ProjectionCatalog.All, options => ConfigureDaemon(options, configuration));
        builder.Services.AddEventPublishing(bus);
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(o =>
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower)));
        builder.Services.AddObservatoryAccess(builder.Configuration, store);
        builder.Services.AddObservatoryApi();
        builder.Services.AddObservatoryPrivacy(store).AddObservatoryForms();
        builder.Services.AddObservatoryKeyRing(store, builder.Configuration);
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseObservatoryProblems();
        app.UseObservatoryAccess();
        app.MapHealth();
        app.MapEventFeed().RequireAuthorization(AccessPolicies.Feed);
        app.MapDashboard().RequireAuthorization(AccessPolicies.Read);
        app.MapObservatoryApi();
        app.MapLogin();
        return app;
    }
}
