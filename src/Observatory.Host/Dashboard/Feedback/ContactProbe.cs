using System.Text.Json.Nodes;
using Observatory.Domain.Recording;
using Observatory.Domain.Serialization;
using Observatory.Host.Api;
using Observatory.Host.Dashboard.Forms;

namespace Observatory.Host.Dashboard.Feedback;

/// <summary>
/// A dry run of the domain's decision on feedback that comes with contact details: the same parser and the same
/// decider the recorder uses, on the network's current ledger, appending nothing. It lets the form refuse before a
/// person key is created, rather than create one and delete it.
/// </summary>
public static class ContactProbe
{
    public static async Task<IReadOnlyList<FormError>> CheckAsync(LedgerCache ledgers, string network, string stream, JsonObject data,
        FormValues values, IReadOnlyList<FormField> fields, CancellationToken cancellationToken)
    {
        if (!EventCatalog.TryGet("migrant-feedback-recorded", out var type))
            throw new InvalidOperationException("migrant-feedback-recorded is not in the catalogue.");
        var (body, field, rule) = RecordBody.Parse(FormBody.Body(data, values), type);
        if (body is null)
            return [FormError.From(ApiProblems.Malformed(field!, rule!), fields)];
        var ledger = await ledgers.For(network).CurrentAsync(cancellationToken);
        var now = DateTimeOffset.UtcNow;
        var decision = ledger.Decide(new RecordFact(stream, body.Fact, body.OccurredOn ?? now, now));
        return decision.IsAccepted ? [] : [FormError.From(ApiProblems.BrokenRule(decision.Error!.Rule, decision.Error.Field, decision.Error.Message), fields)];
    }

    /// <summary>The privacy rules name "contact" or "anonymous", which are not inputs here: their answer is the consent box.</summary>
    public static IReadOnlyList<FormError> Place(IReadOnlyList<FormError> errors) =>
        [.. errors.Select(e => e.Input is null && (e.Message.StartsWith("contact", StringComparison.Ordinal) || e.Message.StartsWith("anonymous", StringComparison.Ordinal))
            ? e with { Input = "consent" } : e)];
}
