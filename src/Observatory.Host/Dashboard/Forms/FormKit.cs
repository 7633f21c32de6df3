using System.Text;
using Observatory.Host.Localization;
using static Observatory.Host.Dashboard.Html;

namespace Observatory.Host.Dashboard.Forms;

/// <summary>
/// Draws forms the accessible way: every input has a visible label, hints and errors are tied to it with
/// aria-describedby, a refused form starts with a summary whose links jump to the inputs, and every value comes back as
/// typed. <c>novalidate</c>: the server's rules are the only rules, so the browser never says something the API would not.
/// </summary>
public static class FormKit
{
    /// <summary>The anti-forgery field the host checks on every form post; see <see cref="FormGuard"/>.</summary>
    public sealed record Guard(string FieldName, string Token)
    {
        public string Input => $"<input type=\"hidden\" name=\"{E(FieldName)}\" value=\"{E(Token)}\">\n";
    }

    /// <param name="submit">The button's text key.</param>
    public static string Form(Texts t, string action, Guard guard, IReadOnlyList<FormField> fields, FormValues values, IReadOnlyList<FormError> errors,
        string submit, string hidden = "")
    {
        var html = new StringBuilder($"<form class=\"entry\" method=\"post\" action=\"{E(action)}\" novalidate>\n").Append(guard.Input).Append(hidden);
        foreach (var field in fields)
            html.Append(Field(t, field, values, errors.FirstOrDefault(e => e.Input == field.Name)));
        return html.Append($"<p><button type=\"submit\">{E(t[submit])}</button></p>\n</form>\n").ToString();
    }

    /// <summary>The summary goes first and takes focus by its anchor, so a screen reader hears what went wrong at once.</summary>
    public static string Summary(Texts t, IReadOnlyList<FormError> errors, IReadOnlyList<FormField>? fields = null)
    {
        if (errors.Count == 0)
            return "";
        var html = new StringBuilder($"<div class=\"summary\" id=\"error-summary\" role=\"alert\" tabindex=\"-1\">\n<h2>{E(t["forms.summary"])}</h2>\n<ul>\n");
        foreach (var error in errors)
        {
            var text = $"{E(Message(t, error, fields?.FirstOrDefault(f => f.Name == error.Input)))} <span class=\"muted\">({E(error.Rule)})</span>";
            html.Append(error.Input is { } input ? $"<li><a href=\"#{E(input)}\">{text}</a></li>\n" : $"<li>{text}</li>\n");
        }
        return html.Append("</ul>\n</div>\n").ToString();
    }

    /// <summary>
    /// A broken rule in the page's language: <c>rule.{name}</c> after the field's translated label. English, and any rule
    /// without a translation, keep the domain's own sentence, so the form says what the API says.
    /// </summary>
    public static string Message(Texts t, FormError error, FormField? field)
    {
        if (t.Language == Language.English || t.Translation("rule." + error.Rule) is not { } rule)
            return error.Message;
        return field is null ? rule : $"{t[field.Label]}: {rule}";
    }

    public static string Field(Texts t, FormField field, FormValues values, FormError? error)
    {
        var id = E(field.Name);
        var described = string.Join(' ', new[] { field.Hint is null ? null : $"{id}-hint", error is null ? null : $"{id}-error" }.Where(x => x is not null));
        var aria = (described.Length > 0 ? $" aria-describedby=\"{described}\"" : "") + (error is null ? "" : " aria-invalid=\"true\"")
                   + (field.Required ? " aria-required=\"true\"" : "");
        var label = E(t[field.Label]) + (field.Required ? "" : $" <span class=\"muted\">{E(t["forms.optional"])}</span>");
        var notes = (field.Hint is null ? "" : $"<span class=\"hint\" id=\"{id}-hint\">{E(t[field.Hint])}</span>\n")
                    + (error is null ? "" : $"<span class=\"error\" id=\"{id}-error\" data-rule=\"{E(error.Rule)}\"><span class=\"visually-hidden\">{E(t["forms.error"])} </span>{E(Message(t, error, field))}</span>\n");
        var value = values[field.Name];
        var html = new StringBuilder($"<div class=\"field{(error is null ? "" : " invalid")}\" id=\"field-{id}\">\n");
        switch (field.Kind)
        {
            case FieldKind.Choices:
                html.Append($"<fieldset id=\"{id}\" tabindex=\"-1\"{aria}><legend>{label}</legend>\n").Append(notes).Append("<div class=\"choices\">\n");
                foreach (var option in field.Choices)
                {
                    var optionId = $"{id}-{E(option.Value)}";
                    html.Append($"<label for=\"{optionId}\"><input type=\"checkbox\" id=\"{optionId}\" name=\"{id}\" value=\"{E(option.Value)}\"")
                        .Append(values.Has(field.Name, option.Value) ? " checked" : "").Append($"> {E(OptionLabel(t, option))}</label>\n");
                }
                return html.Append("</div>\n</fieldset>\n</div>\n").ToString();
            case FieldKind.Check:
                return html.Append($"<label class=\"check\" for=\"{id}\"><input type=\"checkbox\" id=\"{id}\" name=\"{id}\" value=\"true\"{aria}")
                    .Append(values.Has(field.Name, "true") ? " checked" : "").Append($"> {E(t[field.Label])}</label>\n").Append(notes).Append("</div>\n").ToString();
            case FieldKind.Choice when field.Required && field.Choices.Count == 1:
                // One possible value (a representative's own partner): shown, not offered.
                var only = field.Choices[0];
                return html.Append($"<span class=\"label\" id=\"{id}-label\">{E(t[field.Label])}</span>\n<p class=\"fixed\" id=\"{id}\">{E(OptionLabel(t, only))}</p>\n")
                    .Append($"<input type=\"hidden\" name=\"{id}\" value=\"{E(only.Value)}\">\n").Append(notes).Append("</div>\n").ToString();
        }
        html.Append($"<label for=\"{id}\">{label}</label>\n").Append(notes);
        html.Append(field.Kind switch
        {
            FieldKind.Choice => Select(t, field, id, aria, value),
            FieldKind.Number when field.Options is not null => Select(t, field, id, aria, value),
            FieldKind.LongText or FieldKind.Lines => $"<textarea id=\"{id}\" name=\"{id}\" rows=\"{(field.Kind == FieldKind.Lines ? 3 : 5)}\"{aria}>{E(value)}</textarea>\n",
            FieldKind.Date => $"<input id=\"{id}\" name=\"{id}\" type=\"date\" value=\"{E(value)}\"{aria}>\n",
            FieldKind.Number => $"<input id=\"{id}\" name=\"{id}\" type=\"text\" inputmode=\"numeric\" value=\"{E(value)}\"{aria}>\n",
            _ => $"<input id=\"{id}\" name=\"{id}\" type=\"text\" value=\"{E(value)}\"{aria}>\n",
        });
        return html.Append("</div>\n").ToString();
    }

    private static string Select(Texts t, FormField field, string id, string aria, string value)
    {
        var html = new StringBuilder($"<select id=\"{id}\" name=\"{id}\"{aria}>\n<option value=\"\">{(field.Required ? E(t["forms.choose"]) : "—")}</option>\n");
        foreach (var option in field.Choices)
            html.Append($"<option value=\"{E(option.Value)}\"{(option.Value == value ? " selected" : "")}>{E(OptionLabel(t, option))}</option>\n");
        return html.Append("</select>\n").ToString();
    }

    /// <summary>An enumeration's term is translated; a partner's or a meeting's name is shown as written.</summary>
    private static string OptionLabel(Texts t, FieldOption option) => option.Translated ? t[option.Label] : option.Label;
}
