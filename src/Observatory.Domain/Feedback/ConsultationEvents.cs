using Observatory.Domain.Serialization;

namespace Observatory.Domain.Feedback;

/// <summary>Facts of a "consultation-{id}" stream: migrants consulted on a plan, and the plan's tasks that answer them.</summary>
public interface IConsultationEvent : IDomainEvent;

public enum ConsultationFormat { Meeting, FocusGroup, Survey, OnlineSession, Interviews, Other }

/// <summary>
/// Participants are recorded as a band, never a count or a list: a small consultation would otherwise single people
/// out. <see cref="From1To4"/> exists so a small meeting can be recorded; views show it only as suppressed.
/// </summary>
public enum ParticipantBand { From1To4, From5To9, From10To24, From25To49, From50 }

/// <summary>One thing migrants said; <see cref="InputId"/> is what plan tasks cite.</summary>
public sealed record ConsultationInput(string InputId, string Summary);

/// <summary>A consultation held for the plan of <see cref="CycleStream"/>.</summary>
[EventType("migrant-consultation-held")]
public sealed record MigrantConsultationHeld(
    string CycleStream,
    ConsultationFormat Format,
    ParticipantBand Participants,
    IReadOnlyList<string> Languages,
    IReadOnlyList<ConsultationInput> Inputs,
    DateOnly HeldOn,
    string? PartnerId = null) : IConsultationEvent;

/// <summary>
/// A task of the consultation's plan answers some of its inputs. Kept in the consultation's stream (the cycle's
/// task-planned stays as it is), so documented migrant input is a fact of its own, with its own date.
/// </summary>
[EventType("task-input-cited")]
public sealed record TaskInputCited(string TaskId, IReadOnlyList<string> InputIds) : IConsultationEvent;
