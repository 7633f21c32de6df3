using System.Reflection;
using System.Security.Claims;
using System.Text.Json;
using Observatory.Domain.Corrections;
using Observatory.Domain.EventStore;
using Observatory.Domain.Recording;
using Observatory.Domain.Serialization;

namespace Observatory.Host.Access;

/// <summary>
/// What each recording role may record, beyond the Record policy. A leader records anything of the network; an
/// administrator the network's own stream (founding, partners, representatives); a partner representative only entries
/// attributed to their own partner, and never the plan, the indicators or the outcomes, which are the leader's.
/// An entry's partner is its partner field, else the partner of the entry that opened its stream (a member leaving
/// belongs to whoever networked it); a correction belongs to the corrected entry and to its replacement.
/// </summary>
public static class RecordingScope
{
    private static readonly string[] PartnerFields = ["PartnerId", "HostPartnerId", "LeadPartnerId"];
    private static readonly string[] LeaderKinds = [StreamKinds.Network, StreamKinds.Cycle, StreamKinds.Indicator, StreamKinds.Outcome];

    /// <returns>null when allowed, else the rule and a sentence naming the field.</returns>
    public static (string Rule, string Detail)? Check(ClaimsPrincipal user, NetworkLedger ledger, string stream, IDomainEvent fact)
    {
        var role = user.FindFirst(AccessClaims.Role)?.Value;
        var kind = StreamNames.Kind(stream);
        switch (role)
        {
            case Roles.Leader:
                return null;
            case Roles.Administrator:
                return kind == StreamKinds.Network ? null
                    : ("administrator-records-network-stream-only", "stream: an administrator records only in the \"network\" stream");
            case Roles.Representative:
                if (LeaderKinds.Contains(kind, StringComparer.Ordinal))
                    return ("stream-kind-reserved-for-leader", $"stream: '{kind}' entries are recorded by the network's leader");
                var own = user.FindFirst(AccessClaims.Partner)?.Value;
                var partners = PartnersOf(ledger, stream, fact).ToList();
                if (partners.Count == 0)
                    return ("entry-has-no-partner", "partnerId: a representative records only entries attributed to their own partner");
                return own is not null && partners.All(p => p == own) ? null
                    : ("partner-not-own", $"partnerId: a representative of '{own}' records only entries of '{own}'");
            default:
                return ("role-may-not-record", $"role: a {role} records nothing");
        }
    }

    private static IEnumerable<string> PartnersOf(NetworkLedger ledger, string stream, IDomainEvent fact)
    {
        var history = ledger.History(stream);
        switch (fact)
        {
            case EntryCorrected corrected:
                if (history?.Entry(corrected.EventId) is { } entry && PartnerOf(entry.Fact) is { } was)
                    yield return was;
                if (PartnerOf(corrected.Replacement) is { } becomes)
                    yield return becomes;
                break;
            case ICorrectionEvent correction:
                if (history?.Entry(correction.EventId) is { } retracted && PartnerOf(retracted.Fact) is { } owner)
                    yield return owner;
                break;
            default:
                if ((PartnerOf(fact) ?? (history?.Entries.Count > 0 ? PartnerOf(history.Entries[0].Fact) : null)) is { } partner)
                    yield return partner;
                break;
        }
    }

    private static string? PartnerOf(IDomainEvent fact) =>
        PartnerFields.Select(name => fact.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance)?.GetValue(fact) as string)
            .FirstOrDefault(p => p is not null);

    private static string? PartnerOf(JsonElement replacement) =>
        replacement.ValueKind != JsonValueKind.Object ? null
        : PartnerFields.Select(name => replacement.TryGetProperty(JsonNamingPolicy.CamelCase.ConvertName(name), out var value)
                && value.ValueKind == JsonValueKind.String ? value.GetString() : null)
            .FirstOrDefault(p => p is not null);
}
