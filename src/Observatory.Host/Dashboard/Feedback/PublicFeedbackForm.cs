using System.Security.Claims;
using System.Text;
using Observatory.Domain.Feedback;
using Observatory.Host.Access;
using Observatory.Host.Dashboard.Forms;
using Observatory.Host.Localization;
using static Observatory.Host.Dashboard.Html;

namespace Observatory.Host.Dashboard.Feedback;

/// <summary>
/// The form a migrant fills in without any key: anonymous unless they tick consent and leave contact details, which are
/// sealed under a key of their own before anything is recorded. Its inputs are the entry's fields, so the domain's
/// messages land beside them; the contact inputs are not entry fields and never reach the log in clear.
/// </summary>
public static class PublicFeedbackForm
{
    public const string KeyId = "public-feedback-form";
    public static readonly string[] ContactInputs = ["contactName", "contactPhone", "contactEmail"];

    public static string Path(string network) => $"/feedback/{Uri.EscapeDataString(network)}";

    public static IReadOnlyList<FormField> Fields(FormContext context) =>
    [
        new("partnerId", "form.public-feedback.partnerId", FieldKind.Choice, Required: true, Options: context.AllPartnerOptions),
        new("type", "form.public-feedback.type", FieldKind.Choice, Options: FormField.Enum<FeedbackType>("term.type.")),
        new("theme", "form.public-feedback.theme", FieldKind.Choice, Required: true, Options: Terms("term.feedback-theme.",
            "education", "labour-market", "housing", "health", "language-learning", "culture-and-sport", "public-services", "other")),
        new("language", "form.public-feedback.language", FieldKind.Choice, Required: true, Options: Options(
            ("en", "English"), ("pl", "Polski"), ("uk", "Українська"), ("ru", "Русский"), ("de", "Deutsch"), ("sv", "Svenska"), ("lt", "Lietuvių"), ("ar", "العربية"))),
        new("rating", "form.public-feedback.rating", FieldKind.Number, Options: Terms("form.public-feedback.rating.", "1", "2", "3", "4", "5")),
        new("text", "form.public-feedback.text", FieldKind.LongText, Hint: "form.public-feedback.text.hint"),
        new("sensitive", "form.public-feedback.sensitive", FieldKind.Check),
        new("consent", "form.public-feedback.consent", FieldKind.Check,
            Hint: "form.public-feedback.consent.hint"),
        new("contactName", "form.public-feedback.contactName", FieldKind.Text, InData: false),
        new("contactPhone", "form.public-feedback.contactPhone", FieldKind.Text, InData: false),
        new("contactEmail", "form.public-feedback.contactEmail", FieldKind.Text, InData: false),
    ];

    /// <summary>The form records as if a representative of the chosen partner did, so the same scope check and rules apply.</summary>
    public static ClaimsPrincipal Principal(string network, string partner) =>
        new(new ClaimsIdentity(
        [
            new Claim(AccessClaims.Network, network), new Claim(AccessClaims.Role, Roles.Representative),
            new Claim(AccessClaims.KeyId, KeyId), new Claim(AccessClaims.Partner, partner),
        ], "public-feedback-form"));

    public static string Page(string network, string? name, FormContext context, FormValues values, IReadOnlyList<FormError> errors, FormKit.Guard guard, Texts t)
    {
        var fields = Fields(context);
        var body = new StringBuilder(FormKit.Summary(t, errors, fields))
            .Append($"<p>{t.Format("public-feedback.intro", $"<strong>{E(t["public-feedback.token"])}</strong>")}</p>\n")
            .Append(FormKit.Form(t, Path(network), guard, fields, values, errors, "public-feedback.send"))
            .Append($"<p><a href=\"{E(StatusPage.Path)}\">{E(t["public-feedback.check-earlier"])}</a> · <a href=\"{E(PublicPage.Path(network))}\">{E(t["public-feedback.public-page"])}</a></p>\n");
        return Layout.Page(t, (errors.Count > 0 ? t["forms.error"] + " " : "") + t["public.give-feedback"], t["public.give-feedback"], body.ToString(), name ?? network);
    }

    public static string Received(string network, string? name, string token, Texts t) => Layout.Page(t, t["public-feedback.received.title"], t["public-feedback.received.heading"],
        $"""
        <p class="confirm" role="status">{t.Format("public-feedback.received.token", $"<strong>{E(t["public-feedback.received.once"])}</strong>")}</p>
        <p class="token" id="status-token">{E(token)}</p>
        <p>{t.Format("public-feedback.received.how", $"<a id=\"status-link\" href=\"{E(StatusPage.Path)}\">{E(t["public-feedback.received.status-page"])}</a> ({E(StatusPage.Path)})")}</p>
        <p><a href="{E(PublicPage.Path(network))}">{E(t["public-feedback.public-page"])}</a></p>
        """, name ?? network);

    /// <summary>Choices shown as written: languages by their own names, the same on every page.</summary>
    private static IReadOnlyList<FieldOption> Options(params (string Value, string Label)[] options) =>
        [.. options.Select(o => new FieldOption(o.Value, o.Label))];

    /// <summary>Choices whose labels are text keys: <paramref name="prefix"/> followed by the value.</summary>
    private static IReadOnlyList<FieldOption> Terms(string prefix, params string[] values) =>
        [.. values.Select(v => new FieldOption(v, prefix + v, Translated: true))];
}
