using System.Collections.Immutable;
using Observatory.Domain.Evaluations;
using Observatory.Domain.Feedback;
using Observatory.Domain.Recording;

namespace Observatory.Projections.Feedback;

/// <summary>A plan task, keyed "{cycleStream}/{taskId}" in <see cref="PlanningRecords.Tasks"/>.</summary>
public sealed record PlannedTask(string CycleStream, string TaskId, DateOnly DueOn);

/// <summary>A consultation as views may show it: participants only as a band.</summary>
public sealed record ConsultationRecord(string CycleStream, ConsultationFormat Format, ParticipantBand Participants,
    IReadOnlyList<string> Languages, int Inputs, DateOnly HeldOn);

/// <summary>What "migrant input to planning" is computed from: the tasks, which of them cite migrant input, the consultations.</summary>
public sealed record PlanningRecords(
    ImmutableDictionary<string, PlannedTask> Tasks,
    ImmutableHashSet<string> CitingTasks,
    ImmutableDictionary<string, ConsultationRecord> Consultations)
{
    public static PlanningRecords Empty { get; } = new(
        ImmutableDictionary.Create<string, PlannedTask>(StringComparer.Ordinal),
        ImmutableHashSet.Create<string>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, ConsultationRecord>(StringComparer.Ordinal));

    public static string Key(string cycleStream, string taskId) => $"{cycleStream}/{taskId}";

    public PlanningRecords Apply(RecordedEvent recorded) => recorded.Event switch
    {
        TaskPlanned t => this with { Tasks = Tasks.SetItem(Key(recorded.Stream, t.TaskId), new PlannedTask(recorded.Stream, t.TaskId, t.DueOn)) },
        MigrantConsultationHeld c => this with
        {
            Consultations = Consultations.SetItem(recorded.Stream,
                new ConsultationRecord(c.CycleStream, c.Format, c.Participants, c.Languages, c.Inputs.Count, c.HeldOn)),
        },
        TaskInputCited cited when Consultations.TryGetValue(recorded.Stream, out var consultation) =>
            this with { CitingTasks = CitingTasks.Add(Key(consultation.CycleStream, cited.TaskId)) },
        _ => this,
    };
}
