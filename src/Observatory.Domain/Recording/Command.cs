using Observatory.Domain.Corrections;
using Observatory.Domain.Deciding;
using Observatory.Domain.Evaluations;
using Observatory.Domain.Network;
using Observatory.Domain.Serialization;
using Observatory.Domain.WorkingGroups;

namespace Observatory.Domain.Recording;

/// <summary>
/// A typed command for a rule-heavy operation. It carries every input, including the moment it is given
/// (<see cref="Now"/>), and says where its fact goes (<see cref="Stream"/>) and when it happened (<see cref="OccurredOn"/>),
/// so the caller can append an accepted decision as it stands.
/// </summary>
public abstract record Command(DateTimeOffset Now)
{
    public abstract string Stream { get; }
    public abstract DateTimeOffset OccurredOn { get; }
}

/// <summary>
/// Typed commands only work out the fact they mean; the fact then takes the same path as any recorded fact, so each
/// rule is written once.
/// </summary>
public static class Commands
{
    public static Decision Decide(this NetworkLedger ledger, Command command) => command switch
    {
        NetworkCommand network => NetworkCommands.Decide(network, ledger),
        CycleCommand cycle => CycleCommands.Decide(cycle, ledger),
        WorkingGroupCommand group => WorkingGroupCommands.Decide(group, ledger),
        CorrectionCommand correction => CorrectionCommands.Decide(correction, ledger),
        _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Not a known command."),
    };

    internal static Decision Record(this NetworkLedger ledger, Command command, IDomainEvent fact) =>
        ledger.Decide(new RecordFact(command.Stream, fact, command.OccurredOn, command.Now));

    /// <summary>A business day as a moment: its start, in UTC.</summary>
    public static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
