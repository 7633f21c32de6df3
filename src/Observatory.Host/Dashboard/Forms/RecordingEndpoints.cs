using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Observatory.Host.Access;
using Observatory.Host.Api;
using Observatory.Host.Localization;
using Observatory.Host.Projections;
using static Observatory.Host.Dashboard.Html;

namespace Observatory.Host.Dashboard.Forms;

/// <summary>
/// <c>/networks/{network}/record/{practice|meeting|resource|feedback|guide|guide-review|specialist}</c>: a form (GET) and its post. A refused post
/// shows the form again with the values as typed and each message beside its input; an accepted one redirects to the
/// dashboard section that shows the entry (post, redirect, get), so a reload never sends it twice.
/// </summary>
public static class RecordingEndpoints
{
    private const string HtmlType = "text/html; charset=utf-8";

    public static RouteGroupBuilder MapRecordingForms(this RouteGroupBuilder network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var record = network.MapGroup("/record").RequireAuthorization(AccessPolicies.Record).ExcludeFromDescription();
        record.MapGet("", (string network, HttpContext http) => Results.Content(Index(network, http.User.FindFirst(AccessClaims.Role)?.Value, http.Texts()), HtmlType));
        record.MapGet("/{kind}", ShowAsync);
        record.MapPost("/{kind}", PostAsync);
        return network;
    }

    private static async Task<IResult> ShowAsync(string network, string kind, HttpContext http, ReadModelReader readModels)
    {
        if (EntryForms.Find(kind) is not { } form)
            return DashboardProblems.BadParameter("kind", $"must be one of {string.Join(", ", EntryForms.All.Select(f => f.Slug))}");
        var context = await FormContext.LoadAsync(network, http.User, readModels, withGuides: form.StreamField is not null, http.RequestAborted);
        if (!form.OfferedTo(context.Role))
            return NotOffered(network, http.Texts());
        var values = new FormValues([new("stream", form.NewStream()), new("entry", Guid.CreateVersion7().ToString())]);
        if (form.StreamField is { } chooser && http.Request.Query[chooser].ToString() is { Length: > 0 } chosen)
            values = values.With(chooser, chosen); // "Review" on the guides page opens the form with its guide chosen
        return Results.Content(Page(form, context, values, [], FormGuard.Issue(http), http.Texts()), HtmlType);
    }

    private static async Task<IResult> PostAsync(string network, string kind, HttpContext http, ReadModelReader readModels, Recorder recorder,
        ProjectionDaemon daemon)
    {
        if (EntryForms.Find(kind) is not { } form)
            return DashboardProblems.BadParameter("kind", $"must be one of {string.Join(", ", EntryForms.All.Select(f => f.Slug))}");
        if (!http.Request.HasFormContentType || !await FormGuard.IsValidAsync(http))
            return FormGuard.Refused(form.Path(network), http.Texts());
        var context = await FormContext.LoadAsync(network, http.User, readModels, withGuides: form.StreamField is not null, http.RequestAborted);
        if (!form.OfferedTo(context.Role))
            return NotOffered(network, http.Texts());
        var values = FormValues.Of(await http.Request.ReadFormAsync(http.RequestAborted));
        values = values.With("stream", form.StreamFrom(values["stream"]));
        if (context.IsRepresentative && context.OwnPartner is { } own && form.PartnerField.Length > 0)
            values = values.With(form.PartnerField, own); // fixed, whatever was posted; the recorder would refuse another anyway
        var fields = form.Fields(context);
        if (form.StreamField is { } chooser)
        {
            // The entry goes to the chosen stream, and only to one the form offered (a published guide).
            var field = fields.First(f => f.Name == chooser);
            if (!field.Choices.Any(o => o.Value == values[chooser]))
                return Results.Content(Page(form, context, values, [new FormError(chooser, "value-unknown", "is not one of the choices offered", StatusCodes.Status422UnprocessableEntity)],
                    FormGuard.Issue(http), http.Texts()), HtmlType, statusCode: StatusCodes.Status422UnprocessableEntity);
            values = values.With("stream", values[chooser]);
        }
        var data = FormBody.Data(fields, values);
        if (form.Shape is { } shape)
            data = shape(data);
        var (entry, errors) = await FormRecording.RecordAsync(recorder, http, network, values["stream"], form.WireName, data, values, fields,
            FormRecording.EntryKey(network, values["entry"]), http.User);
        if (entry is null)
            return Results.Content(Page(form, context, values, errors, FormGuard.Issue(http), http.Texts()), HtmlType, statusCode: errors[0].Status);
        await FormRecording.WaitForReadModelsAsync(daemon, network, entry.Position, http.RequestAborted);
        return Results.Redirect(form.Landing?.Invoke(network, values["stream"]) ?? $"{DashboardPage.Path(network)}?recorded={form.Slug}#{form.Section}", permanent: false);
    }

    private static string Page(EntryForm form, FormContext context, FormValues values, IReadOnlyList<FormError> errors, FormKit.Guard guard, Texts t)
    {
        var hidden = $"<input type=\"hidden\" name=\"stream\" value=\"{E(values["stream"])}\">\n<input type=\"hidden\" name=\"entry\" value=\"{E(values["entry"])}\">\n";
        var who = context.IsRepresentative ? $"<p>{t.Format("forms.you-record-for", $"<strong>{E(context.PartnerName(context.OwnPartner))}</strong>")}</p>\n" : "";
        var fields = form.Fields(context);
        var body = new StringBuilder(Back(context.Network, t))
            .Append(FormKit.Summary(t, errors, fields))
            .Append($"<p>{E(t[form.Intro])}</p>\n").Append(who)
            .Append(FormKit.Form(t, form.Path(context.Network), guard, fields, values, errors, "forms.record", hidden));
        return Layout.Page(t, (errors.Count > 0 ? t["forms.error"] + " " : "") + t[form.Title], t[form.Title], body.ToString(), t.Format("forms.subtitle", context.Network));
    }

    private static string Back(string network, Texts t) =>
        $"<nav aria-label=\"{E(t["forms.back"])}\"><p><a href=\"{E(DashboardPage.Path(network))}\">{E(t["forms.back-to-dashboard"])}</a> · <a href=\"{E(DashboardPage.Path(network))}/record\">{E(t["forms.all-forms"])}</a></p></nav>\n";

    private static IResult NotOffered(string network, Texts t) =>
        Results.Content(Layout.Page(t, t["guideform.not-offered.title"], t["guideform.not-offered.title"],
            Back(network, t) + $"<p role=\"alert\">{E(t["guideform.not-offered.text"])}</p>\n"), HtmlType, statusCode: StatusCodes.Status403Forbidden);

    private static string Index(string network, string? role, Texts t) =>
        Layout.Page(t, t["dashboard.page.record"], t["dashboard.page.record"], Back(network, t) + "<ul>\n"
            + string.Concat(EntryForms.All.Where(f => f.OfferedTo(role)).Select(f => $"<li><a href=\"{E(f.Path(network))}\">{E(t[f.Title])}</a>: {E(t[f.Intro])}</li>\n")) + "</ul>\n",
            t.Format("forms.index-subtitle", network));
}
