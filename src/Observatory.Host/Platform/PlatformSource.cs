using Observatory.Domain.Recording;
using Observatory.Host.Dashboard;
using Observatory.Host.Projections;
using Observatory.Projections;
using Observatory.Projections.Guides;
using Observatory.Projections.Helpline;
using Observatory.Projections.Replay;
using Observatory.Domain.EventStore;
using Observatory.Host.Log;

namespace Observatory.Host.Platform;

/// <summary>The platform pages' states at a moment: the live read models, or the log folded in memory as of the moment.</summary>
public sealed record PlatformData(string Network, string? Name, Moment Moment, HelplineState Helpline, GuidesState Guides)
{
    public string Title => Name ?? Network;
}

public sealed class PlatformSource(IEventStore store, ReadModelReader readModels)
{
    private static readonly IProjection[] Used = [HelplineProjection.Instance, GuidesProjection.Instance];

    public async Task<PlatformData> LoadAsync(string network, AsOf asOf, DateOnly today, CancellationToken cancellationToken)
    {
        var head = await store.ReadHeadAsync(network, cancellationToken);
        var name = await new DashboardSource(store, readModels).NameAsync(network, cancellationToken);
        var states = new object[Used.Length];
        long position;
        if (asOf is AsOf.Latest)
        {
            position = long.MaxValue;
            var lives = await readModels.GetLiveStatesAsync(network, Used, cancellationToken);
            for (var i = 0; i < Used.Length; i++)
            {
                // Not caught up yet (a new projection rebuilding): shown empty rather than failing the page.
                states[i] = lives[i]?.State ?? Used[i].Initial;
                position = Math.Min(position, lives[i]?.Position ?? 0);
            }
        }
        else
        {
            var events = new List<RecordedEvent>();
            await foreach (var recorded in store.ReadRecordedLogAsync(network, cancellationToken: cancellationToken))
                events.Add(recorded);
            states = Replays.RunAll(Used, events, asOf);
            position = Replays.Select(events, asOf).Select(e => e.Position).DefaultIfEmpty(0).Max();
        }
        return new PlatformData(network, name, new Moment(asOf, head, position == long.MaxValue ? 0 : position, today),
            (HelplineState)states[0], (GuidesState)states[1]);
    }
}
