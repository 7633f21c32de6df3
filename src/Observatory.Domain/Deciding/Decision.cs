using Observatory.Domain.Serialization;

namespace Observatory.Domain.Deciding;

/// <summary>The outcome of a decide function: the events to append, or the rule that refused the command.</summary>
public sealed record Decision
{
    private Decision(IReadOnlyList<IDomainEvent> events, DomainError? error) => (Events, Error) = (events, error);

    public IReadOnlyList<IDomainEvent> Events { get; }
    public DomainError? Error { get; }
    public bool IsAccepted => Error is null;

    public static Decision Accept(params IDomainEvent[] events) => new(events, null);
    public static Decision Reject(DomainError error) => new([], error);
    public static Decision Reject(string rule, string message, string? field = null) => Reject(new DomainError(rule, message, field));

    public static implicit operator Decision(DomainError error) => Reject(error);
}
