using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Observatory.Domain.EventStore;
using Observatory.Domain.Network;
using Observatory.Domain.Recording;
using Observatory.Host.Log;
using Observatory.Host.Projections;
using Observatory.Projections;
using Observatory.Projections.Feedback;
using Observatory.Projections.Helpline;
using Observatory.Projections.Indicators;
using Observatory.Projections.Participation;
using Observatory.Projections.Recommendations;
using Observatory.Projections.Replay;
using Observatory.Projections.Resources;
using Observatory.Projections.Timeline;
using Observatory.Projections.WorkingGroups;

namespace Observatory.Host.Dashboard;

/// <summary>
/// Gets a page's states. Live pages read the read models the daemon keeps (cheap at any log size); as-of pages fold the
/// log in memory with the very same projection code, which is what an analyst's question costs.
/// </summary>
public sealed class DashboardSource(IEventStore store, ReadModelReader readModels)
{
    private static readonly IProjection[] Used =
    [
        TimelineProjection.Instance, IndicatorsProjection.Instance, ParticipationProjection.Instance, WorkingGroupsProjection.Instance,
        ResourcesProjection.Instance, HelplineProjection.Instance, RecommendationsProjection.Instance, FeedbackProjection.Instance,
    ];

    /// <param name="head">The network's head, as the caller just read it.</param>
    public async Task<DashboardData> LoadAsync(string network, long head, AsOf asOf, DateOnly today, CancellationToken cancellationToken)
    {
        var name = await NameAsync(network, cancellationToken);
        return asOf is AsOf.Latest
            ? await LiveAsync(network, name, head, today, cancellationToken)
            : await ReplayAsync(network, name, head, asOf, today, cancellationToken);
    }

    private async Task<DashboardData> LiveAsync(string network, string? name, long head, DateOnly today, CancellationToken cancellationToken)
    {
        var lives = await readModels.GetLiveStatesAsync(network, Used, cancellationToken);
        var states = new object[Used.Length];
        var position = long.MaxValue;
        for (var i = 0; i < Used.Length; i++)
        {
            // A read model that has not caught up yet shows as empty rather than failing the whole page.
            states[i] = lives[i]?.State ?? Used[i].Initial;
            position = Math.Min(position, lives[i]?.Position ?? 0);
        }
        return Compose(network, name, new Moment(AsOf.Now, head, position == long.MaxValue ? 0 : position, today), states);
    }

    private async Task<DashboardData> ReplayAsync(string network, string? name, long head, AsOf asOf, DateOnly today, CancellationToken cancellationToken)
    {
        var events = new List<RecordedEvent>();
        await foreach (var recorded in store.ReadRecordedLogAsync(network, cancellationToken: cancellationToken))
            events.Add(recorded);
        var states = Replays.RunAll(Used, events, asOf);
        var position = Replays.Select(events, asOf).Select(e => e.Position).DefaultIfEmpty(0).Max();
        return Compose(network, name, new Moment(asOf, head, position, today), states);
    }

    private static DashboardData Compose(string network, string? name, Moment moment, object[] s) =>
        new(network, name, moment, (TimelineState)s[0], (IndicatorsState)s[1], (ParticipationState)s[2], (WorkingGroupsState)s[3],
            (ResourcesState)s[4], (HelplineState)s[5], (RecommendationsState)s[6], (FeedbackState)s[7]);

    // Per store: a founding fact is the first event of an append-only stream, so a name once read never changes.
    private static readonly ConditionalWeakTable<IEventStore, ConcurrentDictionary<string, string>> Names = new();

    /// <summary>
    /// The network's name from its founding fact: the first event of its "network" stream, read once per store and
    /// network and then kept (every page asks for it).
    /// </summary>
    public async Task<string?> NameAsync(string network, CancellationToken cancellationToken)
    {
        var names = Names.GetValue(store, _ => new ConcurrentDictionary<string, string>(StringComparer.Ordinal));
        if (names.TryGetValue(network, out var known))
            return known;
        await foreach (var stored in store.ReadStreamAsync(network, StreamNames.NetworkStream, 1, cancellationToken))
        {
            if (stored.ToRecorded().Event is not NetworkFounded founded)
                return null;
            names.TryAdd(network, founded.Name);
            return founded.Name;
        }
        return null;
    }
}
