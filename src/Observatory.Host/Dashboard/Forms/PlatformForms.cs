using Observatory.Domain.Growth;
using Observatory.Domain.Network;
using Observatory.Domain.Platform;
using Observatory.Host.Access;

namespace Observatory.Host.Dashboard.Forms;

/// <summary>
/// The platform's entries (issue 8) as recording forms: a country guide published or reviewed (the leader's, as the
/// recorder's scope has it: a guide has no partner), and a specialist profile listed (a representative for their own
/// partner). An accepted guide lands on the guides page, a profile on the directory.
/// </summary>
public static class PlatformForms
{
    private static readonly string[] LeaderOnly = [Roles.Leader];

    public static readonly EntryForm GuidePublished = new("guide", "country-guide-published", "guideform.published.heading",
        "guideform.published.intro", "guides", "", c =>
        [
            new("country", "guideform.country", FieldKind.Choice, Required: true, Options: FormField.Enum<Country>("term.country.")),
            new("procedure", "guideform.procedure", FieldKind.Choice, Required: true, Options: FormField.Enum<GuideProcedure>("platform.procedure.",
                GuideProcedure.Asylum, GuideProcedure.TemporaryProtection, GuideProcedure.ResidenceAndWork, GuideProcedure.FamilyReunification,
                GuideProcedure.RecognitionOfQualifications)),
            new("title", "guideform.title", FieldKind.Text),
            new("summary", "guideform.summary", FieldKind.LongText),
            new("languages", "guideform.languages", FieldKind.Lines, Required: true, Hint: "guideform.languages.hint"),
            new("sources", "guideform.sources", FieldKind.Lines, Required: true, Hint: "guideform.sources.hint"),
            new(FormBody.OccurredOn, "guideform.publishedOn", FieldKind.Date, Hint: "form.day-hint", InData: false),
            new("nextReviewDue", "guideform.nextReviewDue", FieldKind.Date, Required: true, Hint: "guideform.nextReviewDue.hint"),
        ],
        Shape: data => FormBody.KeepBlanks(data, lists: ["languages", "sources"]),
        OnlyRoles: LeaderOnly, Landing: GuidesLanding("guide"));

    public static readonly EntryForm GuideReviewed = new("guide-review", "country-guide-reviewed", "guideform.reviewed.heading",
        "guideform.reviewed.intro", "guides", "", c =>
        [
            new("guide", "guideform.guide", FieldKind.Choice, Required: true, Options: c.GuideOptions, InData: false),
            new("reviewedOn", "guideform.reviewedOn", FieldKind.Date, Required: true, Hint: "guideform.reviewedOn.hint"),
            new("nextReviewDue", "guideform.nextReviewDue", FieldKind.Date, Required: true, Hint: "guideform.nextReviewDue.hint"),
            new("sources", "guideform.sources", FieldKind.Lines, Hint: "guideform.review-sources.hint"),
            new("changes", "guideform.changes", FieldKind.LongText),
            new("summary", "guideform.summary", FieldKind.LongText, Hint: "guideform.review-summary.hint"),
        ],
        OnlyRoles: LeaderOnly, StreamField: "guide", Landing: GuidesLanding("guide-review"));

    public static readonly EntryForm SpecialistListed = new("specialist", "specialist-profile-listed", "guideform.specialist.heading",
        "guideform.specialist.intro", "directory", "partnerId", c =>
        [
            new("role", "guideform.role", FieldKind.Text, Required: true, Hint: "guideform.role.hint"),
            new("competenceAreas", "guideform.competenceAreas", FieldKind.Choices, Required: true, Options: FormField.Enum<CompetenceArea>("platform.competence.")),
            new("languages", "guideform.languages", FieldKind.Lines, Required: true, Hint: "guideform.languages.hint"),
            new("partnerId", "guideform.partnerId", FieldKind.Choice, Required: true, Options: c.PartnerOptions),
            new("roleAddress", "guideform.roleAddress", FieldKind.Text, Required: true, Hint: "guideform.roleAddress.hint"),
        ],
        Shape: data => FormBody.KeepBlanks(data, lists: ["competenceAreas", "languages"], texts: ["role", "roleAddress"]),
        OnlyRoles: [Roles.Leader, Roles.Representative],
        Landing: (network, _) => $"{DashboardPage.Path(network)}/directory?recorded=specialist#directory");

    public static IReadOnlyList<EntryForm> All { get; } = [GuidePublished, GuideReviewed, SpecialistListed];

    private static Func<string, string, string> GuidesLanding(string slug) =>
        (network, stream) => $"{DashboardPage.Path(network)}/guides?recorded={slug}#{Uri.EscapeDataString(stream)}";
}
