using Observatory.Projections.Feedback;
using Observatory.Projections.Indicators;
using Observatory.Projections.Participation;
using Observatory.Projections.Recommendations;
using Observatory.Projections.Resources;
using Observatory.Projections.Timeline;
using Observatory.Projections.WorkingGroups;

namespace Observatory.Projections.Evaluations;

/// <summary>
/// The evaluation of one cycle, computed from the log up to <see cref="UpToPosition"/> and nothing else: no clock, no
/// machine, no user. Its canonical JSON (<see cref="CanonicalJson"/>) is what an <c>evaluation-published</c> event hashes.
/// </summary>
public sealed record EvaluationDocument(
    string Format,
    string Network,
    long UpToPosition,
    CycleSummary Cycle,
    IReadOnlyList<IndicatorResult> Indicators,
    TimelineSection Timeline,
    ParticipationBalance Participation,
    IReadOnlyList<AreaCoverage> ThematicCoverage,
    WorkingGroupsSection WorkingGroups,
    ResourcesSection Resources,
    FeedbackSummary Feedback,
    FeedbackIndicatorRow FeedbackLoop,
    MigrantParticipationSection MigrantParticipation,
    ConsultationSummary Consultations,
    OutcomesSection Outcomes,
    PlanSection Plan,
    ComparisonSection Comparison)
{
    /// <summary>Goes up whenever the document's shape or rules change, so an old hash is never compared with a new shape unknowingly.</summary>
    public const string CurrentFormat = "observatory-evaluation/2";
}

/// <summary>The period evaluated and who led the network in it. <see cref="Stream"/> is the cycle stream it is (or will be) published to.</summary>
public sealed record CycleSummary(string Stream, string? Title, DateOnly From, DateOnly To, int Months,
    IReadOnlyList<LeaderTerm> Leaders, DateOnly? ClosedOn);

public sealed record LeaderTerm(string PartnerId, string Name, DateOnly From, DateOnly To);

/// <summary>What happened in the period, in order: meetings, practices and information activities, and activity per quarter.</summary>
public sealed record TimelineSection(
    IReadOnlyList<MeetingLine> Meetings,
    IReadOnlyList<PracticeLine> Practices,
    IReadOnlyList<InformationActivityLine> InformationActivities,
    IReadOnlyList<QuarterLine> Quarters,
    IReadOnlyList<PartnerSilence> Silences,
    IReadOnlyList<string> SilentPartners);

/// <summary><see cref="People"/> is the sum of the counts given per partner, null when no partner's count was recorded.</summary>
public sealed record MeetingLine(string Stream, string Kind, string HostPartnerId, DateOnly StartsOn, DateOnly EndsOn,
    string? Place, string Theme, int Partners, int? People, int? OnlineAudience);

public sealed record PracticeLine(string Stream, string Title, string PartnerId, IReadOnlyList<string> ThematicAreas, DateOnly SharedOn, string? MeetingStream);

public sealed record InformationActivityLine(string Stream, string PartnerId, string Kind, string Territory, string? Title, DateOnly HeldOn, int? Audience);

/// <summary>A calendar quarter touching the period; only activity inside the period is counted.</summary>
public sealed record QuarterLine(string Quarter, ActivityCounts Counts);

/// <summary>A thematic area: what touched it in the period. <see cref="Covered"/> when anything did.</summary>
public sealed record AreaCoverage(string Area, int PracticesShared, int ResourcesPublished, int BoardPosts, int WorkingGroups, int TasksPlanned, bool Covered);

/// <summary>Groups open at any time in the period; <see cref="SetUpInPeriod"/> counts those formed in it.</summary>
public sealed record WorkingGroupsSection(IReadOnlyList<WorkingGroup> Groups, int SetUpInPeriod);

public sealed record ResourcesSection(IReadOnlyList<LibraryItem> Items, IReadOnlyDictionary<string, int> ByKind,
    IReadOnlyDictionary<string, int> ByLanguage, int FromPartners, int External);

/// <summary>Recommendation 7 of the report: migrants and refugees included in the planning of the network.</summary>
public sealed record MigrantParticipationSection(int Involvements, IReadOnlyList<InvolvementLine> Lines);

public sealed record InvolvementLine(string Role, string InvolvedIn, DateOnly InvolvedOn, string? PartnerId);

/// <summary>
/// Conclusions adopted in the period; recommendations adopted in it or followed up in it, with their follow-ups up to
/// the period's end and the status they had then.
/// </summary>
public sealed record OutcomesSection(IReadOnlyList<Outcome> Conclusions, IReadOnlyList<Outcome> Recommendations,
    IReadOnlyDictionary<string, int> RecommendationsByStatus, int FollowUpsInPeriod);

/// <summary>The year plan of the cycle stream: targets and tasks.</summary>
public sealed record PlanSection(IReadOnlyList<TargetLine> Targets, IReadOnlyList<TaskLine> Tasks);

public sealed record TargetLine(string IndicatorKey, decimal TargetValue, DateOnly StartsOn, DateOnly EndsOn);

public sealed record TaskLine(string TaskId, string Title, string PartnerId, DateOnly DueOn, string? ThematicArea);

/// <summary><see cref="Previous"/> is the previous cycle's stream, or "none" (then the other fields are empty).</summary>
public sealed record ComparisonSection(string Previous, DateOnly? From, DateOnly? To, IReadOnlyList<ComparisonLine> Measures)
{
    public const string None = "none";
}

public sealed record ComparisonLine(string Measure, decimal Current, decimal Previous, decimal Change);
