using System.Collections.Immutable;
using Observatory.Domain.Deciding;
using Observatory.Domain.Evaluations;
using Observatory.Domain.Network;
using Observatory.Domain.Recording;

namespace Observatory.Domain.Feedback;

public sealed record ConsultationState(string? CycleStream, ImmutableHashSet<string> InputIds, ImmutableHashSet<(string TaskId, string InputId)> Citations)
{
    public static ConsultationState Initial { get; } = new(null, [], []);
}

/// <summary>A consultation belongs to an open plan; its inputs are cited by that plan's tasks only.</summary>
public static class ConsultationDecider
{
    internal static ImmutableHashSet<Type> CreatingEvents { get; } = [typeof(MigrantConsultationHeld)];

    public static ConsultationState Evolve(ConsultationState state, IConsultationEvent fact) => fact switch
    {
        MigrantConsultationHeld held => state with { CycleStream = held.CycleStream, InputIds = [.. held.Inputs.Select(i => i.InputId)] },
        TaskInputCited cited => state with { Citations = state.Citations.Union(cited.InputIds.Select(i => (cited.TaskId, i))) },
        _ => state,
    };

    public static DomainError? Check(ConsultationState state, IConsultationEvent fact, FactContext context) => fact switch
    {
        MigrantConsultationHeld held => Held(held, context),
        TaskInputCited cited => Cited(state, cited, context),
        _ => null,
    };

    private static DomainError? Held(MigrantConsultationHeld held, FactContext context) =>
        (context.Ledger.StateOf<CycleState>(held.CycleStream) is { Opened: true }
            ? null
            : new DomainError("plan-unknown", $"'{held.CycleStream}' is not an evaluation cycle (a plan) of this network", "cycleStream"))
        ?? Require.Known(held.Format, "format")
        ?? Require.Known(held.Participants, "participants")
        ?? Require.NotEmpty(held.Languages, "languages", "consultation-language-required")
        ?? Require.Each(held.Languages, "languages", (l, f) => Require.Language(l, f))
        ?? Require.NotEmpty(held.Inputs, "inputs", "consultation-input-required")
        ?? Require.Each(held.Inputs, "inputs", (input, f) =>
            Require.Slug(input.InputId, $"{f}.inputId", "consultation-input-id-format")
            ?? Require.Text(input.Summary, $"{f}.summary", "consultation-input-summary-required", Require.MaxLongText)
            ?? Require.NotAPerson(input.Summary, $"{f}.summary"))
        ?? Require.Distinct([.. held.Inputs.Select(i => i.InputId)], "inputs", "consultation-input-listed-twice")
        ?? (held.PartnerId is { } partner ? context.Network.CurrentPartner(partner, held.HeldOn, "partnerId") : null);

    private static DomainError? Cited(ConsultationState state, TaskInputCited cited, FactContext context) =>
        (context.Ledger.StateOf<CycleState>(state.CycleStream ?? "") is { } plan && plan.TaskIds.Contains(cited.TaskId)
            ? null
            : new DomainError("task-unknown", $"'{cited.TaskId}' is not a task planned in '{state.CycleStream}'", "taskId"))
        ?? Require.NotEmpty(cited.InputIds, "inputIds", "cited-input-required")
        ?? Require.Distinct(cited.InputIds, "inputIds", "cited-input-listed-twice")
        ?? Require.Each(cited.InputIds, "inputIds", (input, f) =>
            !state.InputIds.Contains(input)
                ? new DomainError("consultation-input-unknown", $"'{input}' is not an input of this consultation", f)
            : state.Citations.Contains((cited.TaskId, input))
                ? new DomainError("task-input-already-cited", $"'{cited.TaskId}' already cites '{input}'", f)
            : null);
}
