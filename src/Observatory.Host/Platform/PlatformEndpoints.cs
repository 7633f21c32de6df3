using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Observatory.Domain.EventStore;
using Observatory.Host.Access;
using Observatory.Host.Dashboard;
using Observatory.Host.Dashboard.Forms;
using Observatory.Host.Localization;
using Observatory.Host.Projections;

namespace Observatory.Host.Platform;

/// <summary>
/// The platform's pages beside the dashboard (issue 8): <c>/networks/{network}/directory</c> (the helpline's specialists,
/// searchable, and its quarterly indicators) and <c>/networks/{network}/guides</c> (country guides, overdue reviews first).
/// Both read-only, in the request's language, live or as of a moment (<c>at</c>, <c>known-at</c>, <c>happened-by</c>).
/// </summary>
public static class PlatformEndpoints
{
    private const string HtmlType = "text/html; charset=utf-8";

    public static RouteGroupBuilder MapPlatformPages(this RouteGroupBuilder network)
    {
        ArgumentNullException.ThrowIfNull(network);
        network.MapGet("/directory", DirectoryAsync).WithName("HelplineDirectory").ExcludeFromDescription();
        network.MapGet("/guides", GuidesAsync).WithName("CountryGuides").ExcludeFromDescription();
        return network;
    }

    private static async Task<IResult> DirectoryAsync(string network, HttpContext http, IEventStore store, ReadModelReader readModels, CancellationToken cancellationToken)
    {
        if (await LoadAsync(network, http, store, readModels, cancellationToken) is not { } data)
            return await ProblemAsync(network, http, store, cancellationToken);
        var (search, error) = DirectoryQuery.Parse(http.Request.Query);
        var t = http.Texts();
        return Results.Content(DirectoryPage.Render(t, data, search, error, RecordedNotice.For(http.Request.Query, t),
            data.Moment.IsLive && PlatformForms.SpecialistListed.OfferedTo(Role(http))), HtmlType, statusCode: error is null ? 200 : 400);
    }

    private static async Task<IResult> GuidesAsync(string network, HttpContext http, IEventStore store, ReadModelReader readModels, CancellationToken cancellationToken)
    {
        if (await LoadAsync(network, http, store, readModels, cancellationToken) is not { } data)
            return await ProblemAsync(network, http, store, cancellationToken);
        var t = http.Texts();
        return Results.Content(GuidesPage.Render(t, data, RecordedNotice.For(http.Request.Query, t),
            data.Moment.IsLive && PlatformForms.GuidePublished.OfferedTo(Role(http))), HtmlType);
    }

    private static async Task<PlatformData?> LoadAsync(string network, HttpContext http, IEventStore store, ReadModelReader readModels, CancellationToken cancellationToken)
    {
        if (!await ExistsAsync(store, network, cancellationToken))
            return null;
        var head = await store.ReadHeadAsync(network, cancellationToken);
        var (asOf, today, parameter, _) = MomentQuery.Parse(http.Request.Query, head, Clock(http).GetUtcNow());
        return parameter is null ? await new PlatformSource(store, readModels).LoadAsync(network, asOf, today, cancellationToken) : null;
    }

    private static async Task<IResult> ProblemAsync(string network, HttpContext http, IEventStore store, CancellationToken cancellationToken)
    {
        if (!await ExistsAsync(store, network, cancellationToken))
            return DashboardProblems.UnknownNetwork(network);
        var head = await store.ReadHeadAsync(network, cancellationToken);
        var (_, _, parameter, rule) = MomentQuery.Parse(http.Request.Query, head, Clock(http).GetUtcNow());
        return DashboardProblems.BadParameter(parameter!, rule!);
    }

    private static async Task<bool> ExistsAsync(IEventStore store, string network, CancellationToken cancellationToken) =>
        StreamNames.IsValidNetwork(network) && (await store.ListNetworksAsync(cancellationToken)).Contains(network, StringComparer.Ordinal);

    private static string? Role(HttpContext http) => http.User.FindFirst(AccessClaims.Role)?.Value;

    private static TimeProvider Clock(HttpContext http) => http.RequestServices.GetService<TimeProvider>() ?? TimeProvider.System;
}
