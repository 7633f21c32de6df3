using Observatory.Domain.Feedback;
using Observatory.Domain.Recording;

namespace Observatory.Projections.Feedback;

/// <summary>Roles a caller holds. Only <see cref="SensitiveCaseHandler"/> may see sensitive cases one by one.</summary>
[Flags]
public enum FeedbackRoles
{
    None = 0,
    SensitiveCaseHandler = 1,
}

/// <summary>A caller without the role asked for sensitive content; the HTTP slice answers 403.</summary>
public sealed class SensitiveCaseAccessDeniedException()
    : Exception($"Sensitive feedback is readable only with the {nameof(FeedbackRoles.SensitiveCaseHandler)} role.");

/// <summary>A sensitive case as its handler sees it; <see cref="Text"/> only from <see cref="SensitiveCases.Content"/>.</summary>
public sealed record SensitiveCase(string Stream, DateTimeOffset ReceivedAt, string Theme, string PartnerId, string? Type,
    string Status, string? ReferredTo, DateTimeOffset? ReferredAt, string? Text = null);

/// <summary>
/// The one way to sensitive feedback one by one. Every ordinary view leaves it out (the summary counts it only as a
/// total), and the read model never holds its free text: <see cref="Content"/> reads that from the log, so a leaked
/// read-model document holds no account of abuse.
/// </summary>
public static class SensitiveCases
{
    public static IReadOnlyList<SensitiveCase> List(FeedbackState state, FeedbackRoles roles)
    {
        Demand(roles);
        return [.. state.Cases.Where(c => c.Value.Facts.Sensitive).OrderBy(c => c.Value.ReceivedAt).Select(c => Case(c.Key, c.Value))];
    }

    /// <summary>One case with its free text, read from the stream's events (<paramref name="streamEvents"/>, in order).</summary>
    public static SensitiveCase? Content(FeedbackState state, string stream, IEnumerable<RecordedEvent> streamEvents, FeedbackRoles roles)
    {
        Demand(roles);
        if (!state.Cases.TryGetValue(stream, out var record) || !record.Facts.Sensitive)
            return null;
        var received = streamEvents.Where(e => e.Stream == stream).Select(e => e.Event).OfType<MigrantFeedbackRecorded>().LastOrDefault();
        return Case(stream, record) with { Text = received?.Text };
    }

    private static void Demand(FeedbackRoles roles)
    {
        if (!roles.HasFlag(FeedbackRoles.SensitiveCaseHandler))
            throw new SensitiveCaseAccessDeniedException();
    }

    private static SensitiveCase Case(string stream, CaseRecord r) =>
        new(stream, r.ReceivedAt, r.Facts.Theme, r.Facts.PartnerId, r.Facts.Type is { } t ? Roster.Keys.Of(t) : null,
            Roster.Keys.Of(r.Status), r.Referral?.To, r.Referral?.At);
}
