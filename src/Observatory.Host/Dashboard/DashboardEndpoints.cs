using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Observatory.Domain.EventStore;
using Observatory.Host.Board;
using Observatory.Host.Dashboard.Analyst;
using Observatory.Host.Dashboard.Evaluations;
using Observatory.Host.Dashboard.Feedback;
using Observatory.Host.Dashboard.Forms;
using Observatory.Host.Platform;
using Observatory.Host.Localization;
using Observatory.Host.Projections;

namespace Observatory.Host.Dashboard;

/// <summary>
/// The HTML pages: <c>/</c> (the networks), <c>/networks/{network}</c> (the dashboard, live or as of a moment) and
/// <c>/public/{network}</c> (aggregates for the public). Read-only: they never append.
/// </summary>
public static class DashboardEndpoints
{
    private const string HtmlType = "text/html; charset=utf-8";

    /// <returns>The group of a network's own pages (<c>/networks/{network}…</c>), so the host can require a credential of that
    /// network on them; the index and the public page stay open.</returns>
    public static RouteGroupBuilder MapDashboard(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", IndexAsync).ExcludeFromDescription();
        endpoints.MapGet("/public/{network}", PublicAsync).WithName("PublicPage").ExcludeFromDescription();
        var network = endpoints.MapGroup("/networks/{network}");
        network.MapGet("", DashboardAsync).WithName("Dashboard").ExcludeFromDescription();
        network.MapRecordingForms();
        network.MapFeedbackLoop();
        network.MapEvaluationPages();
        network.MapChangesPage();
        network.MapPlatformPages();
        network.MapBoard();
        // Public by nature: the person giving feedback, and later holding a status token, has no key.
        endpoints.MapPublicFeedback();
        return network;
    }

    private static async Task<IResult> IndexAsync(HttpContext http, IEventStore store, ReadModelReader readModels, CancellationToken cancellationToken)
    {
        var source = new DashboardSource(store, readModels);
        var rows = new List<NetworksPage.Row>();
        foreach (var network in await store.ListNetworksAsync(cancellationToken))
            rows.Add(new(network, await source.NameAsync(network, cancellationToken), await store.ReadHeadAsync(network, cancellationToken)));
        return Results.Content(NetworksPage.Render(rows, http.Texts()), HtmlType);
    }

    private static async Task<IResult> DashboardAsync(string network, HttpContext http, IEventStore store, ReadModelReader readModels, CancellationToken cancellationToken)
    {
        var head = await HeadAsync(store, network, cancellationToken);
        if (head == 0)
            return DashboardProblems.UnknownNetwork(network);
        var (asOf, today, parameter, rule) = MomentQuery.Parse(http.Request.Query, head, Clock(http).GetUtcNow());
        if (parameter is not null)
            return DashboardProblems.BadParameter(parameter, rule!);
        var data = await new DashboardSource(store, readModels).LoadAsync(network, head, asOf, today, cancellationToken);
        return Model(data, http.Request.Query, out var model) is { } problem ? problem
            : Results.Content(DashboardPage.Render(model!, http.Texts(), RecordedNotice.For(http.Request.Query, http.Texts())), HtmlType);
    }

    private static async Task<IResult> PublicAsync(string network, HttpContext http, IEventStore store, ReadModelReader readModels, CancellationToken cancellationToken)
    {
        var head = await HeadAsync(store, network, cancellationToken);
        if (head == 0)
            return DashboardProblems.UnknownNetwork(network);
        // The public always sees the live read models: replays are an analyst's tool.
        var today = DateOnly.FromDateTime(Clock(http).GetUtcNow().UtcDateTime);
        var data = await new DashboardSource(store, readModels).LoadAsync(network, head, Observatory.Projections.Replay.AsOf.Now, today, cancellationToken);
        return Model(data, http.Request.Query, out var model) is { } problem ? problem : Results.Content(PublicPage.Render(model!, http.Texts()), HtmlType);
    }

    private static IResult? Model(DashboardData data, IQueryCollection query, out DashboardModel? model)
    {
        model = null;
        var text = query["period"].ToString();
        var (period, error) = PeriodChoice.Parse(text, Observatory.Projections.Indicators.IndicatorsView.Terms(data.Indicators), data.Moment.Today, DashboardModel.Since(data));
        if (period is null)
            return DashboardProblems.BadParameter("period", error!);
        model = DashboardModel.Build(data, period, text.Trim());
        return null;
    }

    /// <summary>The network's head, 0 for a network that does not exist: one has once it has an event, so the head,
    /// which a page needs anyway, says so in the same query.</summary>
    private static async Task<long> HeadAsync(IEventStore store, string network, CancellationToken cancellationToken) =>
        StreamNames.IsValidNetwork(network) ? await store.ReadHeadAsync(network, cancellationToken) : 0;

    private static TimeProvider Clock(HttpContext http) => http.RequestServices.GetService<TimeProvider>() ?? TimeProvider.System;
}
