using Observatory.Domain.EventStore;
using Observatory.Projections;

namespace Observatory.Host.Projections;

/// <summary>What every network runner of one daemon shares.</summary>
internal sealed class DaemonContext(
    IEventStore events, IReadModelStore readModels, IReadOnlyList<IProjection> projections, ProjectionDaemonOptions options)
{
    private long _batches;

    public IEventStore Events => events;
    public IReadModelStore ReadModels => readModels;
    public IReadOnlyList<IProjection> Projections => projections;
    public ProjectionDaemonOptions Options => options;
    public TimeProvider Clock => options.TimeProvider;
    public StatusBoard Board { get; } = new();

    public long NextBatchNumber() => Interlocked.Increment(ref _batches);
}
