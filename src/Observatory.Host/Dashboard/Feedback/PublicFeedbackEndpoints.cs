using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Observatory.Domain.EventStore;
using Observatory.Host.Api;
using Observatory.Host.Dashboard.Forms;
using Observatory.Host.Localization;
using Observatory.Host.Privacy;
using Observatory.Host.Projections;

namespace Observatory.Host.Dashboard.Feedback;

/// <summary>
/// <c>/feedback/{network}</c> (the anonymous form) and <c>/status</c> (a token in, the status out). Both are open: the
/// person has no key. The form still carries an anti-forgery token, so another site cannot post feedback in their name.
/// </summary>
public static class PublicFeedbackEndpoints
{
    private const string HtmlType = "text/html; charset=utf-8";

    public static IEndpointRouteBuilder MapPublicFeedback(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/feedback/{network}", ShowAsync).ExcludeFromDescription();
        endpoints.MapPost("/feedback/{network}", PostAsync).ExcludeFromDescription().RequireRateLimiting(Access.RateLimits.PublicFeedback);
        endpoints.MapStatusPage();
        return endpoints;
    }

    private static async Task<IResult> ShowAsync(string network, HttpContext http, IEventStore store, ReadModelReader readModels)
    {
        if (!await PublicNetworks.ExistsAsync(store, network, http.RequestAborted))
            return DashboardProblems.UnknownNetwork(network);
        var context = await FormContext.LoadAsync(network, http.User, readModels, http.RequestAborted);
        var name = await new DashboardSource(store, readModels).NameAsync(network, http.RequestAborted);
        return Results.Content(PublicFeedbackForm.Page(network, name, context, FormValues.Empty, [], FormGuard.Issue(http), http.Texts()), HtmlType);
    }

    private static async Task<IResult> PostAsync(string network, HttpContext http, IEventStore store, ReadModelReader readModels, Recorder recorder,
        LedgerCache ledgers, ContactVault vault, IPersonKeys keys, ProjectionDaemon daemon)
    {
        if (!await PublicNetworks.ExistsAsync(store, network, http.RequestAborted))
            return DashboardProblems.UnknownNetwork(network);
        if (!http.Request.HasFormContentType || !await FormGuard.IsValidAsync(http))
            return FormGuard.Refused(PublicFeedbackForm.Path(network), http.Texts());
        var context = await FormContext.LoadAsync(network, http.User, readModels, http.RequestAborted);
        var name = await new DashboardSource(store, readModels).NameAsync(network, http.RequestAborted);
        var values = FormValues.Of(await http.Request.ReadFormAsync(http.RequestAborted));
        var fields = PublicFeedbackForm.Fields(context);
        var consent = values.Has("consent", "true");
        var contact = new ContactDetails(Blank(values["contactName"]), Blank(values["contactPhone"]), Blank(values["contactEmail"]));
        var hasContact = contact.Name is not null || contact.Phone is not null || contact.Email is not null;

        var data = FormBody.Data(fields.Where(f => f.Name != "consent").ToList(), values);
        data["channel"] = "online-form";
        data["anonymous"] = !(consent && hasContact);
        data["consent"] = consent && hasContact;
        var token = StatusTokenIssuer.Issue();
        data["statusTokenHash"] = token.Hash;
        var stream = $"feedback-{Guid.CreateVersion7():N}";
        var user = PublicFeedbackForm.Principal(network, values["partnerId"]);

        IReadOnlyList<FormError> errors = [];
        string? sealedKey = null;
        if (hasContact)
        {
            // Ask the rules first with a stand-in contact, so no person key is made for feedback that will be refused,
            // and contact details without consent are refused by the domain's own rule before anything is sealed.
            var probe = (JsonObject)data.DeepClone();
            probe["contact"] = new JsonObject { ["ciphertext"] = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", ["keyId"] = "pk-pending" };
            probe["anonymous"] = !consent;
            probe["consent"] = consent;
            errors = await ContactProbe.CheckAsync(ledgers, network, stream, probe, values, fields, http.RequestAborted);
            if (errors.Count == 0)
            {
                var sealedContact = await vault.SealAsync(network, contact, http.RequestAborted);
                sealedKey = sealedContact.KeyId;
                data["contact"] = new JsonObject { ["ciphertext"] = sealedContact.Ciphertext, ["keyId"] = sealedContact.KeyId };
            }
        }
        RecordedEntry? entry = null;
        if (errors.Count == 0)
            (entry, errors) = await FormRecording.RecordAsync(recorder, http, network, stream, "migrant-feedback-recorded", data, values, fields, null, user);
        if (entry is null)
        {
            if (sealedKey is not null)
                await keys.EraseAsync(network, sealedKey, DateTimeOffset.UtcNow, http.RequestAborted); // refused after sealing: keep no key for it
            return Results.Content(PublicFeedbackForm.Page(network, name, context, values, ContactProbe.Place(errors), FormGuard.Issue(http), http.Texts()), HtmlType,
                statusCode: errors[0].Status);
        }
        await FormRecording.WaitForReadModelsAsync(daemon, network, entry.Position, http.RequestAborted);
        // The token is in this one answer and nowhere else: not in a URL, not in a cache.
        http.Response.Headers.CacheControl = "no-store";
        return Results.Content(PublicFeedbackForm.Received(network, name, token.Token, http.Texts()), HtmlType);
    }

    private static string? Blank(string text) => text.Length == 0 ? null : text;
}
