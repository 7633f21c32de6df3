using System.Text;
using Observatory.Domain.Platform;
using Observatory.Domain.Sharing;
using Observatory.Host.Dashboard.Forms;
using Observatory.Host.Localization;
using Observatory.Projections.Roster;
using static Observatory.Host.Dashboard.Html;

namespace Observatory.Host.Board;

/// <summary>
/// The board's two forms, a new post and a reply. They post through the recording forms' machinery (<see cref="FormGuard"/>,
/// <see cref="FormBody"/>, <see cref="FormRecording"/>), so the API's rules decide; they are drawn here because every word
/// of the board, hints and error messages included, comes from the board's texts in the reader's language.
/// </summary>
public static class BoardForms
{
    /// <summary>The stream helpers of the recording forms: a new post opens "post-{32 hex}".</summary>
    public static readonly EntryForm Post = new("post", "board-post-published", "", "", "board-posts", "partnerId", _ => []);

    public const string ReplyWireName = "board-reply-posted";

    public static IReadOnlyList<FormField> PostFields(Texts t, FormContext context) =>
    [
        new("title", t["board.field.title"], FieldKind.Text, Required: true),
        new("kind", t["board.field.kind"], FieldKind.Choice, Required: true, Options: Options(t, "board.kind.", Enum.GetValues<BoardPostKind>())),
        new("thematicArea", t["board.field.thematicArea"], FieldKind.Choice, Options: Options(t, "board.area.", Enum.GetValues<ThematicArea>())),
        new("partnerId", t["board.field.partnerId"], FieldKind.Choice, Required: true, Options: context.PartnerOptions),
        new("language", t["board.field.language"], FieldKind.Text, Required: true, Hint: t["board.hint.language"]),
        new("body", t["board.field.body"], FieldKind.LongText, Required: true, Hint: t["board.hint.body"]),
    ];

    public static IReadOnlyList<FormField> ReplyFields(Texts t, FormContext context) =>
    [
        new("partnerId", t["board.field.replyPartnerId"], FieldKind.Choice, Required: true, Options: context.PartnerOptions),
        new("language", t["board.field.language"], FieldKind.Text, Required: true, Hint: t["board.hint.language"]),
        new("body", t["board.field.body"], FieldKind.LongText, Required: true, Hint: t["board.hint.body"]),
    ];

    /// <summary>
    /// The entry's data from the typed values. A required text left blank is sent as "" rather than left out, so the
    /// domain's own rule answers ("body-required") instead of the parser's "missing field".
    /// </summary>
    public static System.Text.Json.Nodes.JsonObject Data(IReadOnlyList<FormField> fields, FormValues values) =>
        FormBody.KeepBlanks(FormBody.Data(fields, values), lists: [],
            texts: fields.Where(f => f.Required && f.Kind is FieldKind.Text or FieldKind.LongText).Select(f => f.Name));

    /// <summary>The field's message in the reader's language where the board has one, else the API's own sentence.</summary>
    public static string Message(Texts t, FormError error) =>
        t["board.error." + error.Rule] is var text && text != "board.error." + error.Rule ? text : error.Message;

    public static string Summary(Texts t, IReadOnlyList<FormError> errors, string idPrefix)
    {
        if (errors.Count == 0)
            return "";
        var html = new StringBuilder($"<div class=\"summary\" id=\"error-summary\" role=\"alert\" tabindex=\"-1\">\n<h2>{E(t["board.errors.heading"])}</h2>\n<ul>\n");
        foreach (var error in errors)
        {
            var text = $"{E(Message(t, error))} <span class=\"muted\">({E(error.Rule)})</span>";
            html.Append(error.Input is { } input ? $"<li><a href=\"#{E(idPrefix + input)}\">{text}</a></li>\n" : $"<li>{text}</li>\n");
        }
        return html.Append("</ul>\n</div>\n").ToString();
    }

    /// <summary>A form whose inputs are named as the entry's fields and identified with <paramref name="idPrefix"/>, so a page can hold several.</summary>
    public static string Form(Texts t, string action, FormKit.Guard guard, IReadOnlyList<FormField> fields, FormValues values,
        IReadOnlyList<FormError> errors, string submit, string idPrefix, string hidden)
    {
        var html = new StringBuilder($"<form class=\"entry\" method=\"post\" action=\"{E(action)}\" novalidate>\n").Append(guard.Input).Append(hidden);
        foreach (var field in fields)
            html.Append(Field(t, field, values, errors.FirstOrDefault(e => e.Input == field.Name), idPrefix));
        return html.Append($"<p><button type=\"submit\">{E(submit)}</button></p>\n</form>\n").ToString();
    }

    private static string Field(Texts t, FormField field, FormValues values, FormError? error, string idPrefix)
    {
        var id = E(idPrefix + field.Name);
        var name = E(field.Name);
        var described = string.Join(' ', new[] { field.Hint is null ? null : $"{id}-hint", error is null ? null : $"{id}-error" }.Where(x => x is not null));
        var aria = (described.Length > 0 ? $" aria-describedby=\"{described}\"" : "") + (error is null ? "" : " aria-invalid=\"true\"")
                   + (field.Required ? " aria-required=\"true\"" : "");
        var label = E(field.Label) + (field.Required ? "" : $" <span class=\"muted\">{E(t["board.optional"])}</span>");
        var notes = (field.Hint is null ? "" : $"<span class=\"hint\" id=\"{id}-hint\">{E(field.Hint)}</span>\n")
                    + (error is null ? "" : $"<span class=\"error\" id=\"{id}-error\" data-rule=\"{E(error.Rule)}\"><span class=\"visually-hidden\">{E(t["board.errors.prefix"])} </span>{E(Message(t, error))}</span>\n");
        var value = values[field.Name];
        var html = new StringBuilder($"<div class=\"field{(error is null ? "" : " invalid")}\" id=\"field-{id}\">\n");
        if (field.Kind == FieldKind.Choice && field.Required && field.Choices.Count == 1)
        {
            // One possible value (a representative's own partner): shown, not offered.
            var only = field.Choices[0];
            return html.Append($"<span class=\"label\" id=\"{id}-label\">{E(field.Label)}</span>\n<p class=\"fixed\" id=\"{id}\">{E(only.Label)}</p>\n")
                .Append($"<input type=\"hidden\" name=\"{name}\" value=\"{E(only.Value)}\">\n").Append(notes).Append("</div>\n").ToString();
        }
        html.Append($"<label for=\"{id}\">{label}</label>\n").Append(notes);
        if (field.Kind == FieldKind.Choice)
        {
            html.Append($"<select id=\"{id}\" name=\"{name}\"{aria}>\n<option value=\"\">{E(field.Required ? t["board.choose"] : "—")}</option>\n");
            foreach (var option in field.Choices)
                html.Append($"<option value=\"{E(option.Value)}\"{(option.Value == value ? " selected" : "")}>{E(option.Label)}</option>\n");
            html.Append("</select>\n");
        }
        else if (field.Kind == FieldKind.LongText)
            html.Append($"<textarea id=\"{id}\" name=\"{name}\" rows=\"4\"{aria}>{E(value)}</textarea>\n");
        else
            html.Append($"<input id=\"{id}\" name=\"{name}\" type=\"text\" value=\"{E(value)}\"{aria}>\n");
        return html.Append("</div>\n").ToString();
    }

    private static IReadOnlyList<FieldOption> Options<TEnum>(Texts t, string prefix, IEnumerable<TEnum> values) where TEnum : struct, Enum =>
        [.. values.Select(v => Keys.Of(v)).Select(key => new FieldOption(key, t.Term(prefix, key)))];
}
