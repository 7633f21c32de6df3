using System.Collections.Immutable;
using Observatory.Domain.Deciding;
using Observatory.Domain.Serialization;

namespace Observatory.Domain.Recording;

/// <summary>
/// One kind of stream ("group", "meeting", …): which facts it holds, which of them may open it, and its decider's
/// evolve and check functions with their types erased so the ledger can hold every kind in one map.
/// </summary>
public sealed record StreamKind(
    string Name,
    object Initial,
    ImmutableHashSet<Type> CreatingEvents,
    Func<IDomainEvent, bool> Holds,
    Func<object, IDomainEvent, object> Evolve,
    Func<object, IDomainEvent, FactContext, DomainError?> Check)
{
    public static StreamKind Of<TState, TEvent>(string name, TState initial, ImmutableHashSet<Type> creatingEvents,
        Func<TState, TEvent, TState> evolve, Func<TState, TEvent, FactContext, DomainError?> check)
        where TState : notnull
        where TEvent : IDomainEvent =>
        new(name, initial, creatingEvents,
            fact => fact is TEvent,
            (state, fact) => evolve((TState)state, (TEvent)fact),
            (state, fact, context) => check((TState)state, (TEvent)fact, context));

    /// <summary>A kind whose rules look only at the fact and the rest of the network, never at earlier facts of the stream.</summary>
    public static StreamKind Stateless<TEvent>(string name, ImmutableHashSet<Type> creatingEvents, Func<TEvent, FactContext, DomainError?> check)
        where TEvent : IDomainEvent =>
        Of<NoState, TEvent>(name, NoState.Instance, creatingEvents, (state, _) => state, (_, fact, context) => check(fact, context));

    public sealed record NoState
    {
        public static NoState Instance { get; } = new();
    }
}
