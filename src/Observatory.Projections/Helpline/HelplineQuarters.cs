using Observatory.Domain.Platform;
using Observatory.Projections.Periods;

namespace Observatory.Projections.Helpline;

/// <summary>
/// The helpline's two indicators for the requests received in one quarter, as far as the log knows by the moment folded.
/// <see cref="ResolvedOrReferred"/>: referred to a listed specialist, or resolved as answered or referred elsewhere
/// (withdrawn and unresolved requests do not count). <see cref="InRequestedLanguage"/> of <see cref="AnswerLanguageKnown"/>:
/// answered requests whose answer's language (primary subtag) is the one asked in; <see cref="AnswerLanguageUnknown"/>
/// answers recorded without a language are shown beside, not guessed.
/// </summary>
public sealed record HelplineQuarter(string Quarter, int Received, int ResolvedOrReferred, int Answered, int AnswerLanguageKnown,
    int InRequestedLanguage, int AnswerLanguageUnknown)
{
    public decimal? ResolvedOrReferredShare => Received == 0 ? null : Math.Round((decimal)ResolvedOrReferred / Received, 4);

    public decimal? InRequestedLanguageShare => AnswerLanguageKnown == 0 ? null : Math.Round((decimal)InRequestedLanguage / AnswerLanguageKnown, 4);
}

public static class HelplineQuarters
{
    /// <summary>Every quarter from the first request's to <paramref name="until"/>'s, oldest first; empty without requests.</summary>
    public static IReadOnlyList<HelplineQuarter> Build(HelplineState state, DateOnly until)
    {
        var requests = state.Requests.Values.Where(r => r.Meta.OccurredOn <= until).ToList();
        if (requests.Count == 0)
            return [];
        var referred = state.Referrals.Values.Select(r => r.Meta.Stream).ToHashSet(StringComparer.Ordinal);
        var resolutions = state.Resolutions.Values.GroupBy(r => r.Meta.Stream, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.MaxBy(r => r.Meta.Position)!.Fact, StringComparer.Ordinal);

        var quarters = new List<HelplineQuarter>();
        for (var q = Period.QuarterOf(requests.Min(r => r.Meta.OccurredOn)); q.From <= until; q = Period.QuarterOf(q.To.AddDays(1)))
        {
            var received = requests.Where(r => q.Contains(r.Meta.OccurredOn)).ToList();
            var answered = received.Where(r => resolutions.TryGetValue(r.Meta.Stream, out var s) && s.Outcome == RequestOutcome.Answered)
                .Select(r => (Asked: r.Fact.Language, Given: resolutions[r.Meta.Stream].AnsweredInLanguage)).ToList();
            var known = answered.Where(a => a.Given is not null).ToList();
            quarters.Add(new HelplineQuarter(Period.QuarterKey(q.From), received.Count,
                received.Count(r => referred.Contains(r.Meta.Stream)
                    || (resolutions.TryGetValue(r.Meta.Stream, out var s) && s.Outcome is RequestOutcome.Answered or RequestOutcome.ReferredElsewhere)),
                answered.Count, known.Count, known.Count(a => Primary(a.Asked) == Primary(a.Given!)), answered.Count - known.Count));
        }
        return quarters;
    }

    /// <summary>"uk" and "uk-UA" are the same language for the person asking.</summary>
    private static string Primary(string code) => code.Split('-')[0].ToLowerInvariant();
}
