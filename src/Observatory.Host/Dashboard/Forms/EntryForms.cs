using System.Text.Json.Nodes;
using Observatory.Domain.Feedback;
using Observatory.Domain.Meetings;
using Observatory.Domain.Network;
using Observatory.Domain.Sharing;

namespace Observatory.Host.Dashboard.Forms;

/// <summary>The common entries of a partner representative (issue 4): a practice, a meeting, a resource, a piece of feedback.</summary>
public static class EntryForms
{
    private const string DayHint = "yyyy-mm-dd; leave empty for today.";

    public static readonly EntryForm Practice = new("practice", "practice-shared", "Record a practice shared",
        "A practice a partner shared with the network: what it is, the thematic areas it serves and where it was shared.",
        "timeline-h", "partnerId", c =>
        [
            new("title", "Title", FieldKind.Text, Required: true),
            new("thematicAreas", "Thematic areas", FieldKind.Choices, Required: true, Options: FormField.Enum<ThematicArea>()),
            new("partnerId", "Sharing partner", FieldKind.Choice, Required: true, Options: c.PartnerOptions),
            new(FormBody.OccurredOn, "Shared on", FieldKind.Date, Hint: DayHint, InData: false),
            new("meetingStream", "Shared at the meeting", FieldKind.Choice, Options: c.MeetingOptions),
            new("targetGroup", "Target group", FieldKind.Text),
            new("summary", "Summary", FieldKind.LongText),
            new("links", "Links", FieldKind.Lines, Hint: "One address per line (https://…)."),
        ]);

    public static readonly EntryForm Meeting = new("meeting", "meeting-held", "Record a meeting held",
        "A study visit, conference, workshop, round table or online session: who hosted it, when, and which partners took part.",
        "meetings-h", "hostPartnerId", c =>
        [
            new("kind", "Kind of meeting", FieldKind.Choice, Required: true, Options: FormField.Enum<MeetingKind>()),
            new("hostPartnerId", "Host partner", FieldKind.Choice, Required: true, Options: c.PartnerOptions),
            new("theme", "Theme", FieldKind.Text, Required: true),
            new("startsOn", "Starts on", FieldKind.Date, Required: true, Hint: "yyyy-mm-dd"),
            new("endsOn", "Ends on", FieldKind.Date, Required: true, Hint: "yyyy-mm-dd; the same day for a one-day meeting."),
            new("participants", "Partners taking part", FieldKind.Choices, Required: true, Options: c.AllPartnerOptions),
            new("place", "Place", FieldKind.Text, Hint: "Leave empty only for an online session."),
            new("activities", "Activities", FieldKind.Lines, Hint: "One per line."),
            new("onlineAudience", "Online audience", FieldKind.Number, Hint: "Remote viewers, if counted."),
        ],
        Shape: data =>
        {
            // The form offers partners by name; the entry lists participations ({partnerId}), counts left unrecorded.
            if (data["participants"] is JsonArray ids)
                data["participants"] = new JsonArray([.. ids.Select(id => (JsonNode?)new JsonObject { ["partnerId"] = id?.GetValue<string>() })]);
            return data;
        });

    public static readonly EntryForm Resource = new("resource", "resource-published", "Record a resource published",
        "A training, educational, legal or procedure-guide resource shared online (the report's indicator 2).",
        "library-h", "partnerId", c =>
        [
            new("kind", "Kind of resource", FieldKind.Choice, Required: true, Options: FormField.Enum<ResourceKind>()),
            new("title", "Title", FieldKind.Text, Required: true),
            new("url", "Address (URL)", FieldKind.Text, Required: true, Hint: "https://…"),
            new("language", "Language", FieldKind.Text, Required: true, Hint: "An ISO 639 code such as pl, de, sv, lt, uk or en."),
            new("country", "Country", FieldKind.Choice, Options: FormField.Enum<Country>()),
            new("partnerId", "Publishing partner", FieldKind.Choice, Required: c.IsRepresentative, Options: c.PartnerOptions),
            new("externalOrigin", "External origin", FieldKind.Text, Hint: "Instead of a partner: who published it, e.g. European Migration Network."),
            new("thematicAreas", "Thematic areas", FieldKind.Choices, Options: FormField.Enum<ThematicArea>()),
        ]);

    public static readonly EntryForm Feedback = new("feedback", "migrant-feedback-recorded", "Record migrant feedback",
        "Feedback a partner gathered on its territory. It is anonymous: write no names, addresses or telephone numbers.",
        "feedback-h", "partnerId", c =>
        [
            new("channel", "Channel", FieldKind.Choice, Required: true, Options: FormField.Enum<ContactChannel>()),
            new("partnerId", "Partner (territory)", FieldKind.Choice, Required: true, Options: c.PartnerOptions),
            new("type", "Type", FieldKind.Choice, Options: FormField.Enum<FeedbackType>()),
            new("theme", "Theme", FieldKind.Text, Required: true),
            new("language", "Language", FieldKind.Text, Required: true, Hint: "An ISO 639 code such as pl, uk or ar."),
            new("rating", "Rating", FieldKind.Number, Hint: "1 (poor) to 5 (very good)."),
            new("sentiment", "Sentiment", FieldKind.Choice, Options: FormField.Enum<Sentiment>()),
            new("text", "What was said", FieldKind.LongText, Hint: "No names, addresses or telephone numbers."),
            new("territory", "Territory", FieldKind.Text),
            new("sensitive", "Sensitive: about abuse, exploitation or safety (kept out of ordinary views)", FieldKind.Check),
            new(FormBody.OccurredOn, "Received on", FieldKind.Date, Hint: DayHint, InData: false),
        ]);

    public static IReadOnlyList<EntryForm> All { get; } = [Practice, Meeting, Resource, Feedback];

    public static EntryForm? Find(string slug) => All.FirstOrDefault(f => f.Slug == slug);
}
