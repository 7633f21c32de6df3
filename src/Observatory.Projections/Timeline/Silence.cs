using Observatory.Projections.Periods;
using Observatory.Projections.Roster;
using Observatory.Projections.Sharing;

namespace Observatory.Projections.Timeline;

/// <summary>
/// A partner's silences in whole months. Counted from the month after its first activity (or from the month it
/// joined, when it has none yet) to the as-of month: the network's commitment is cyclical sharing, so a partner who
/// never shared is silent from the day it joined.
/// </summary>
public sealed record PartnerSilence(
    string PartnerId,
    string? FirstActiveMonth,
    string? LastActiveMonth,
    int LongestSilenceMonths,
    string? LongestSilenceFrom,
    int CurrentSilenceMonths);

public static class Silence
{
    /// <param name="months">Each active partner's distinct <see cref="Period.MonthIndex"/>es with activity, ascending.</param>
    public static IReadOnlyList<PartnerSilence> Of(IReadOnlyDictionary<string, Partner> partners, IReadOnlyDictionary<string, List<int>> months, DateOnly asOf)
    {
        var ids = partners.Values.Where(p => p.JoinedOn <= asOf).Select(p => p.Id).Union(months.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return [.. ids.Select(id => For(id, months.GetValueOrDefault(id) ?? [], partners.GetValueOrDefault(id), Period.MonthIndex(asOf)))];
    }

    private static PartnerSilence For(string id, List<int> active, Partner? partner, int asOf)
    {
        if (active.Count == 0)
        {
            var joined = partner is null ? asOf : Period.MonthIndex(partner.JoinedOn);
            var silent = Math.Max(0, asOf - joined + 1);
            return new PartnerSilence(id, null, null, silent, silent > 0 ? Key(joined) : null, silent);
        }
        var (longest, from) = (0, (int?)null);
        for (var i = 0; i < active.Count; i++)
        {
            var next = i + 1 < active.Count ? active[i + 1] : asOf + 1;
            var gap = next - active[i] - 1;
            if (gap > longest)
                (longest, from) = (gap, active[i] + 1);
        }
        return new PartnerSilence(id, Key(active[0]), Key(active[^1]), longest, from is { } f ? Key(f) : null, Math.Max(0, asOf - active[^1]));
    }

    private static string Key(int monthIndex) => $"{monthIndex / 12:D4}-{monthIndex % 12 + 1:D2}";
}
