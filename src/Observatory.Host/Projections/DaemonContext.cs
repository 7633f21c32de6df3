using Observatory.Domain.EventStore;
using Observatory.Projections;

namespace Observatory.Host.Projections;

/// <summary>What every network runner of one daemon shares.</summary>
internal sealed class DaemonContext(
    IEventStore events, IReadModelStore readModels, IReadOnlyList<IProjection> projections, ProjectionDaemonOptions options,
    LiveStates? liveStates)
{
    private long _batches;

    public IEventStore Events => events;
    public IReadModelStore ReadModels => readModels;
    public IReadOnlyList<IProjection> Projections => projections;
    public ProjectionDaemonOptions Options => options;

    /// <summary>Where committed live states are handed to readers in this process, if anywhere.</summary>
    public LiveStates? LiveStates => liveStates;
    public TimeProvider Clock => options.TimeProvider;
    public StatusBoard Board { get; } = new();

    /// <summary>Slots for networks catching up (<see cref="ProjectionDaemonOptions.MaxConcurrentNetworks"/>).</summary>
    public SemaphoreSlim CatchUpSlots { get; } = new(Math.Max(1, options.MaxConcurrentNetworks));

    public long NextBatchNumber() => Interlocked.Increment(ref _batches);
}
