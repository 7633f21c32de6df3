using Observatory.Domain.Corrections;
using Observatory.Domain.Feedback;
using Observatory.Domain.Recording;
using Observatory.Projections.Facts;

namespace Observatory.Projections.Feedback;

/// <summary>Folds the loop of each feedback stream into its <see cref="CaseRecord"/>; corrections and retractions find their step by event id.</summary>
internal static class CaseFold
{
    public static FeedbackState Received(FeedbackState state, RecordedEvent recorded, MigrantFeedbackRecorded e)
    {
        var record = new CaseRecord(recorded.EventId, recorded.OccurredOn, FeedbackProjection.Keep(e), e.Contact is not null);
        var tokens = e.StatusTokenHash is { } hash ? state.Tokens.SetItem(hash, recorded.Stream) : state.Tokens;
        return state with { Cases = state.Cases.SetItem(recorded.Stream, record), Tokens = tokens };
    }

    public static FeedbackState Step(FeedbackState state, RecordedEvent recorded, IFeedbackEvent e)
    {
        if (!state.Cases.TryGetValue(recorded.Stream, out var record))
            return state; // a step of a retracted entry, or an import that skipped the rules: nothing to attach it to
        var next = e switch
        {
            FeedbackCoded c => record with { Coding = new CaseCoding(recorded.EventId, c.FrameVersion, c.Category, c.Code) },
            FeedbackReferred r => record with { Referral = new CaseReferral(recorded.EventId, r.To, r.Reason, recorded.OccurredOn) },
            FeedbackResponded r => record with
            {
                Responses = (record.Responses ?? []).Add(new CaseResponse(recorded.EventId, r.Scope, r.Response, r.AnsweredBy, recorded.OccurredOn)),
            },
            FeedbackLoopClosed c => record with { Closure = new CaseClosure(recorded.EventId, recorded.OccurredOn, c.Satisfaction) },
            PersonalDataErased => record with { ContactErased = true },
            _ => record,
        };
        return state with { Cases = state.Cases.SetItem(recorded.Stream, next) };
    }

    public static FeedbackState Mend(FeedbackState state, RecordedEvent recorded, ICorrectionEvent correction)
    {
        if (!state.Cases.TryGetValue(recorded.Stream, out var record))
            return state;
        var id = correction.EventId;
        if (record.ReceivedEventId == id)
            return MendReceived(state, recorded.Stream, record, correction);
        var retracted = correction is EntryRetracted;
        var replacement = correction is EntryCorrected corrected ? Replacement(record, corrected) : null;
        var next = record switch
        {
            { Coding.EventId: var c } when c == id => record with { Coding = retracted ? null : Coded(replacement, id) ?? record.Coding },
            { Referral.EventId: var r } when r == id => record with { Referral = retracted ? null : Referred(replacement, record.Referral!) },
            { Closure.EventId: var c } when c == id => record with { Closure = retracted ? null : Closed(replacement, record.Closure!) },
            _ when record.Answers.Any(a => a.EventId == id) => record with
            {
                Responses = [.. record.Answers.Where(a => !retracted || a.EventId != id).Select(a => a.EventId == id ? Responded(replacement, a) : a)],
            },
            _ => record,
        };
        return state with { Cases = state.Cases.SetItem(recorded.Stream, next) };
    }

    private static FeedbackState MendReceived(FeedbackState state, string stream, CaseRecord record, ICorrectionEvent correction)
    {
        var tokens = state.Tokens.RemoveRange(state.Tokens.Where(t => t.Value == stream).Select(t => t.Key));
        if (correction is not EntryCorrected corrected)
            return state with { Cases = state.Cases.Remove(stream), Tokens = tokens };
        var e = Tables.Replacement<MigrantFeedbackRecorded>(corrected);
        var next = record with { Facts = FeedbackProjection.Keep(e), HasContact = e.Contact is not null };
        return state with
        {
            Cases = state.Cases.SetItem(stream, next),
            Tokens = e.StatusTokenHash is { } hash ? tokens.SetItem(hash, stream) : tokens,
        };
    }

    // The corrected step's type is known from where its id was found, so the replacement is read as that type.
    private static object? Replacement(CaseRecord record, EntryCorrected corrected)
    {
        var id = corrected.EventId;
        var type = record.Coding?.EventId == id ? typeof(FeedbackCoded)
            : record.Referral?.EventId == id ? typeof(FeedbackReferred)
            : record.Closure?.EventId == id ? typeof(FeedbackLoopClosed)
            : record.Answers.Any(a => a.EventId == id) ? typeof(FeedbackResponded)
            : null;
        return type is null ? null : Tables.Replacement(type, corrected);
    }

    private static CaseCoding? Coded(object? replacement, Guid id) =>
        replacement is FeedbackCoded c ? new CaseCoding(id, c.FrameVersion, c.Category, c.Code) : null;

    private static CaseReferral Referred(object? replacement, CaseReferral was) =>
        replacement is FeedbackReferred r ? was with { To = r.To, Reason = r.Reason } : was;

    private static CaseClosure Closed(object? replacement, CaseClosure was) =>
        replacement is FeedbackLoopClosed c ? was with { Satisfaction = c.Satisfaction } : was;

    private static CaseResponse Responded(object? replacement, CaseResponse was) =>
        replacement is FeedbackResponded r ? was with { Scope = r.Scope, Response = r.Response, AnsweredBy = r.AnsweredBy } : was;
}
