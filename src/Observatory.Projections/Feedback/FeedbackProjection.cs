using System.Collections.Immutable;
using Observatory.Domain.Corrections;
using Observatory.Domain.Evaluations;
using Observatory.Domain.Feedback;
using Observatory.Domain.Recording;
using Observatory.Projections.Facts;

namespace Observatory.Projections.Feedback;

/// <summary>
/// What the summary may count of one piece of migrant feedback. The free text, the contact ciphertext, its key id and
/// the consent flags are left behind on purpose: a read model is copied, cached and exported, the log is not.
/// </summary>
public sealed record FeedbackFacts(ContactChannel Channel, string PartnerId, string Theme, string Language,
    int? Rating = null, Sentiment? Sentiment = null, string? Territory = null, FeedbackType? Type = null, bool Sensitive = false);

/// <summary>
/// <see cref="Entries"/> feed the summary; <see cref="Cases"/> (by stream) the loop, the status lookup and the
/// indicators; <see cref="Tokens"/> maps a status token's hash to its stream; <see cref="Deadlines"/> are the
/// network's stated response deadlines from the day they were set; <see cref="Planning"/> holds plan tasks, their
/// citations of migrant input and the consultations.
/// </summary>
public sealed record FeedbackState(EntryTable<FeedbackFacts> Entries)
{
    public static FeedbackState Initial { get; } = new(Tables.Empty<FeedbackFacts>());

    public ImmutableDictionary<string, CaseRecord> Cases { get; init; } = ImmutableDictionary.Create<string, CaseRecord>(StringComparer.Ordinal);

    public ImmutableDictionary<string, string> Tokens { get; init; } = ImmutableDictionary.Create<string, string>(StringComparer.Ordinal);

    public ImmutableList<DeadlineFrom> Deadlines { get; init; } = [];

    public PlanningRecords Planning { get; init; } = PlanningRecords.Empty;

    /// <summary>The deadline in force on <paramref name="day"/>; null before the network stated one.</summary>
    public int? DeadlineOn(DateOnly day) => Deadlines.LastOrDefault(d => d.From <= day)?.Days;
}

/// <summary>A response deadline (in days) stated by the network, in force from <see cref="From"/>.</summary>
public sealed record DeadlineFrom(DateOnly From, int Days);

public sealed class FeedbackProjection : Projection<FeedbackState>
{
    public static FeedbackProjection Instance { get; } = new();

    public override string Name => "feedback";

    /// <summary>
    /// 2: the loop, tokens, deadlines and planning joined the entries (a rebuild beside version 1). 3: documents write
    /// their nulls; a version 2 document of an answer without a link could not be read back, so it is rebuilt.
    /// </summary>
    public override int Version => 3;

    public override FeedbackState Initial => FeedbackState.Initial;

    public override FeedbackState Apply(FeedbackState state, RecordedEvent recorded) => recorded.Event switch
    {
        MigrantFeedbackRecorded e => CaseFold.Received(state with { Entries = state.Entries.Put(recorded, Keep(e)) }, recorded, e),
        IFeedbackEvent e => CaseFold.Step(state, recorded, e),
        FeedbackMechanismEstablished e => WithDeadline(state, recorded, e.ResponseDeadlineDays),
        ResponseDeadlineSet e => WithDeadline(state, recorded, e.Days),
        TaskPlanned or IConsultationEvent => state with { Planning = state.Planning.Apply(recorded) },
        ICorrectionEvent c => Mend(state, recorded, c),
        _ => state,
    };

    private static FeedbackState Mend(FeedbackState state, RecordedEvent recorded, ICorrectionEvent correction)
    {
        var entries = state.Entries.Mend<MigrantFeedbackRecorded, FeedbackFacts>(correction, Keep);
        var mended = entries is null ? state : state with { Entries = entries };
        return CaseFold.Mend(mended, recorded, correction);
    }

    private static FeedbackState WithDeadline(FeedbackState state, RecordedEvent recorded, int days) =>
        state with { Deadlines = state.Deadlines.Add(new DeadlineFrom(FactMeta.Of(recorded).OccurredOn, days)) };

    internal static FeedbackFacts Keep(MigrantFeedbackRecorded e) =>
        new(e.Channel, e.PartnerId, e.Theme, e.Language, e.Rating, e.Sentiment, e.Territory, e.Type, e.Sensitive);
}
