using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Observatory.Domain.Serialization;
using Observatory.Host.Api;
using Observatory.Host.Projections;

namespace Observatory.Host.Dashboard.Forms;

/// <summary>
/// A form's one way into the log: the same body parser and the same <see cref="Recorder"/> as the API's command
/// endpoints, so the same checks run in the same order, the same messages come back, and nothing is stored on any error.
/// </summary>
public static class FormRecording
{
    public static async Task<(RecordedEntry? Entry, IReadOnlyList<FormError> Errors)> RecordAsync(Recorder recorder, HttpContext http,
        string network, string stream, string wireName, JsonObject data, FormValues values, IReadOnlyList<FormField> fields, Guid? eventId,
        ClaimsPrincipal user)
    {
        if (!EventCatalog.TryGet(wireName, out var type))
            throw new InvalidOperationException($"'{wireName}' is not an event type.");
        var (body, field, rule) = RecordBody.Parse(FormBody.Body(data, values), type);
        if (body is null)
            return (null, [FormError.From(ApiProblems.Malformed(field!, rule!), fields)]);
        var result = await recorder.RecordAsync(network, stream, type, body, eventId, null, user, http.Response, http.RequestAborted);
        return result.Result switch
        {
            Created<RecordedEntry> created => (created.Value, []),
            Ok<RecordedEntry> retried => (retried.Value, []), // the same form sent twice: recorded once, answered the same
            ProblemHttpResult problem => (null, [FormError.From(problem, fields)]),
            _ => throw new InvalidOperationException("The recorder answered with an unexpected result."),
        };
    }

    /// <summary>
    /// Waits (briefly) until the network's read models include the new entry, so the page the person lands on shows it.
    /// The daemon is asynchronous by design; a slow daemon costs the person a refresh, never a failed recording.
    /// </summary>
    public static async Task WaitForReadModelsAsync(ProjectionDaemon daemon, string network, long position, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(3);
        while (DateTime.UtcNow < deadline)
        {
            var mine = daemon.Status.Projections.Where(p => p.Network == network).ToList();
            if (mine.Count > 0 && mine.All(p => p.Position >= position))
                return;
            await Task.Delay(25, cancellationToken);
        }
    }

    /// <summary>The key a form carries from the moment it was drawn, so sending it twice records one entry.</summary>
    public static Guid? EntryKey(string network, string posted) =>
        CommandHeaders.IdempotencyKey(network, posted) is ({ } id, null) ? id : null;
}
