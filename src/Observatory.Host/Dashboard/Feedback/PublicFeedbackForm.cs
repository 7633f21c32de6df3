using System.Security.Claims;
using System.Text;
using Observatory.Domain.Feedback;
using Observatory.Host.Access;
using Observatory.Host.Dashboard.Forms;
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
        new("partnerId", "Where you live (local government)", FieldKind.Choice, Required: true, Options: context.AllPartnerOptions),
        new("type", "What kind of feedback is it?", FieldKind.Choice, Options: FormField.Enum<FeedbackType>()),
        new("theme", "What is it about?", FieldKind.Choice, Required: true, Options: Options(
            ("education", "School and education"), ("labour-market", "Work and training"), ("housing", "Housing"), ("health", "Health"),
            ("language-learning", "Learning the language"), ("culture-and-sport", "Culture and sport"), ("public-services", "Offices and public services"),
            ("other", "Something else"))),
        new("language", "Your language", FieldKind.Choice, Required: true, Options: Options(
            ("en", "English"), ("pl", "Polski"), ("uk", "Українська"), ("ru", "Русский"), ("de", "Deutsch"), ("sv", "Svenska"), ("lt", "Lietuvių"), ("ar", "العربية"))),
        new("rating", "How satisfied are you?", FieldKind.Number, Options: Options(
            ("1", "1 – not at all"), ("2", "2"), ("3", "3"), ("4", "4"), ("5", "5 – very satisfied"))),
        new("text", "Your message", FieldKind.LongText, Hint: "Please write no names, addresses or telephone numbers here."),
        new("sensitive", "This is about abuse, exploitation or my safety (it is read only by the people trained for it)", FieldKind.Check),
        new("consent", "I agree that the network keeps my contact details below, so that it can answer me personally", FieldKind.Check,
            Hint: "Without this, your feedback stays anonymous and the contact fields are not kept."),
        new("contactName", "Name", FieldKind.Text, InData: false),
        new("contactPhone", "Telephone", FieldKind.Text, InData: false),
        new("contactEmail", "E-mail", FieldKind.Text, InData: false),
    ];

    /// <summary>The form records as if a representative of the chosen partner did, so the same scope check and rules apply.</summary>
    public static ClaimsPrincipal Principal(string network, string partner) =>
        new(new ClaimsIdentity(
        [
            new Claim(AccessClaims.Network, network), new Claim(AccessClaims.Role, Roles.Representative),
            new Claim(AccessClaims.KeyId, KeyId), new Claim(AccessClaims.Partner, partner),
        ], "public-feedback-form"));

    public static string Page(string network, string? name, FormContext context, FormValues values, IReadOnlyList<FormError> errors, FormKit.Guard guard)
    {
        var fields = Fields(context);
        var body = new StringBuilder(FormKit.Summary(errors))
            .Append("<p>Tell the local governments of this network what works for you and what does not. You do not need an account. ")
            .Append("After sending, you get a <strong>status token</strong>: with it, and nothing else, you can see what became of your feedback.</p>\n")
            .Append(FormKit.Form(Path(network), guard, fields, values, errors, "Send feedback"))
            .Append($"<p><a href=\"{E(StatusPage.Path)}\">Check the status of earlier feedback</a> · <a href=\"{E(PublicPage.Path(network))}\">The network's public page</a></p>\n");
        return Layout.Page((errors.Count > 0 ? "Error: " : "") + "Give feedback", "Give feedback", body.ToString(), name ?? network);
    }

    public static string Received(string network, string? name, string token) => Layout.Page("Feedback received", "Thank you: your feedback is recorded",
        $"""
        <p class="confirm" role="status">Your feedback is recorded. This is your status token. It is shown <strong>only once</strong>: write it down or copy it now.</p>
        <p class="token" id="status-token">{E(token)}</p>
        <p>To see what became of your feedback, open <a id="status-link" href="{E(StatusPage.Path)}">the status page</a> ({E(StatusPage.Path)}) and enter the token.
        Nobody can find your feedback from your name: the network keeps only a fingerprint of the token.</p>
        <p><a href="{E(PublicPage.Path(network))}">The network's public page</a></p>
        """, name ?? network);

    private static IReadOnlyList<FieldOption> Options(params (string Value, string Label)[] options) =>
        [.. options.Select(o => new FieldOption(o.Value, o.Label))];
}
