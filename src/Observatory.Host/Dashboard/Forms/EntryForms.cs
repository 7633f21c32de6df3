using System.Text.Json.Nodes;
using Observatory.Domain.Feedback;
using Observatory.Domain.Meetings;
using Observatory.Domain.Network;
using Observatory.Domain.Sharing;

namespace Observatory.Host.Dashboard.Forms;

/// <summary>The common entries of a partner representative (issue 4): a practice, a meeting, a resource, a piece of feedback.</summary>
public static class EntryForms
{
    private const string DayHint = "form.day-hint";

    public static readonly EntryForm Practice = new("practice", "practice-shared", "form.practice.heading",
        "form.practice.intro",
        "timeline-h", "partnerId", c =>
        [
            new("title", "form.practice.title", FieldKind.Text, Required: true),
            new("thematicAreas", "form.practice.thematicAreas", FieldKind.Choices, Required: true, Options: FormField.Enum<ThematicArea>("term.area.")),
            new("partnerId", "form.practice.partnerId", FieldKind.Choice, Required: true, Options: c.PartnerOptions),
            new(FormBody.OccurredOn, "form.practice.occurredOn", FieldKind.Date, Hint: DayHint, InData: false),
            new("meetingStream", "form.practice.meetingStream", FieldKind.Choice, Options: c.MeetingOptions),
            new("targetGroup", "form.practice.targetGroup", FieldKind.Text),
            new("summary", "form.practice.summary", FieldKind.LongText),
            new("links", "form.practice.links", FieldKind.Lines, Hint: "form.practice.links.hint"),
        ]);

    public static readonly EntryForm Meeting = new("meeting", "meeting-held", "form.meeting.heading",
        "form.meeting.intro",
        "meetings-h", "hostPartnerId", c =>
        [
            new("kind", "form.meeting.kind", FieldKind.Choice, Required: true, Options: FormField.Enum<MeetingKind>("term.meeting-kind.")),
            new("hostPartnerId", "form.meeting.hostPartnerId", FieldKind.Choice, Required: true, Options: c.PartnerOptions),
            new("theme", "form.meeting.theme", FieldKind.Text, Required: true),
            new("startsOn", "form.meeting.startsOn", FieldKind.Date, Required: true, Hint: "form.meeting.startsOn.hint"),
            new("endsOn", "form.meeting.endsOn", FieldKind.Date, Required: true, Hint: "form.meeting.endsOn.hint"),
            new("participants", "form.meeting.participants", FieldKind.Choices, Required: true, Options: c.AllPartnerOptions),
            new("place", "form.meeting.place", FieldKind.Text, Hint: "form.meeting.place.hint"),
            new("activities", "form.meeting.activities", FieldKind.Lines, Hint: "form.meeting.activities.hint"),
            new("onlineAudience", "form.meeting.onlineAudience", FieldKind.Number, Hint: "form.meeting.onlineAudience.hint"),
        ],
        Shape: data =>
        {
            // The form offers partners by name; the entry lists participations ({partnerId}), counts left unrecorded.
            if (data["participants"] is JsonArray ids)
                data["participants"] = new JsonArray([.. ids.Select(id => (JsonNode?)new JsonObject { ["partnerId"] = id?.GetValue<string>() })]);
            return data;
        });

    public static readonly EntryForm Resource = new("resource", "resource-published", "form.resource.heading",
        "form.resource.intro",
        "library-h", "partnerId", c =>
        [
            new("kind", "form.resource.kind", FieldKind.Choice, Required: true, Options: FormField.Enum<ResourceKind>("term.resource-kind.")),
            new("title", "form.resource.title", FieldKind.Text, Required: true),
            new("url", "form.resource.url", FieldKind.Text, Required: true, Hint: "form.resource.url.hint"),
            new("language", "form.resource.language", FieldKind.Text, Required: true, Hint: "form.resource.language.hint"),
            new("country", "form.resource.country", FieldKind.Choice, Options: FormField.Enum<Country>("term.country.")),
            new("partnerId", "form.resource.partnerId", FieldKind.Choice, Required: c.IsRepresentative, Options: c.PartnerOptions),
            new("externalOrigin", "form.resource.externalOrigin", FieldKind.Text, Hint: "form.resource.externalOrigin.hint"),
            new("thematicAreas", "form.resource.thematicAreas", FieldKind.Choices, Options: FormField.Enum<ThematicArea>("term.area.")),
        ]);

    public static readonly EntryForm Feedback = new("feedback", "migrant-feedback-recorded", "form.feedback.heading",
        "form.feedback.intro",
        "feedback-h", "partnerId", c =>
        [
            new("channel", "form.feedback.channel", FieldKind.Choice, Required: true, Options: FormField.Enum<ContactChannel>("term.channel.")),
            new("partnerId", "form.feedback.partnerId", FieldKind.Choice, Required: true, Options: c.PartnerOptions),
            new("type", "form.feedback.type", FieldKind.Choice, Options: FormField.Enum<FeedbackType>("term.type.")),
            new("theme", "form.feedback.theme", FieldKind.Text, Required: true),
            new("language", "form.feedback.language", FieldKind.Text, Required: true, Hint: "form.feedback.language.hint"),
            new("rating", "form.feedback.rating", FieldKind.Number, Hint: "form.feedback.rating.hint"),
            new("sentiment", "form.feedback.sentiment", FieldKind.Choice, Options: FormField.Enum<Sentiment>("term.sentiment.")),
            new("text", "form.feedback.text", FieldKind.LongText, Hint: "form.feedback.text.hint"),
            new("territory", "form.feedback.territory", FieldKind.Text),
            new("sensitive", "form.feedback.sensitive", FieldKind.Check),
            new(FormBody.OccurredOn, "form.feedback.occurredOn", FieldKind.Date, Hint: DayHint, InData: false),
        ]);

    public static IReadOnlyList<EntryForm> All { get; } = [Practice, Meeting, Resource, Feedback, .. PlatformForms.All];

    public static EntryForm? Find(string slug) => All.FirstOrDefault(f => f.Slug == slug);
}
