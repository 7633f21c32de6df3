using Observatory.Domain.Recording;

namespace Observatory.Projections;

/// <summary>
/// A pure fold of one network's log into a read model. The projection daemon (persisted, checkpointed) and the
/// in-memory replays (as of a position, a recorded-at instant or a business date) run the same code through this
/// non-generic face. States are immutable and round-trip through <see cref="ProjectionJson.Options"/>, so the
/// daemon can store them as documents and continue after a restart.
/// </summary>
public interface IProjection
{
    /// <summary>Stable kebab-case name, e.g. "timeline"; part of the read model's identity with <see cref="Version"/>.</summary>
    string Name { get; }

    /// <summary>Goes up whenever the projection's code changes what it produces; a new version rebuilds beside the old.</summary>
    int Version { get; }

    Type StateType { get; }

    object Initial { get; }

    /// <summary>Applies one event. Throws <see cref="ProjectionException"/> when the event cannot be applied.</summary>
    object Apply(object state, RecordedEvent recorded);
}

/// <summary>Typed base for projections: implement <see cref="Apply(TState, RecordedEvent)"/> as a switch over event types.</summary>
public abstract class Projection<TState> : IProjection where TState : class
{
    public abstract string Name { get; }
    public abstract int Version { get; }
    public abstract TState Initial { get; }
    public abstract TState Apply(TState state, RecordedEvent recorded);

    Type IProjection.StateType => typeof(TState);
    object IProjection.Initial => Initial;
    object IProjection.Apply(object state, RecordedEvent recorded) => Apply((TState)state, recorded);
}

/// <summary>An event a projection cannot apply; the daemon parks it (and the later events of its stream) with this message.</summary>
public sealed class ProjectionException(string message, Exception? inner = null) : Exception(message, inner);
