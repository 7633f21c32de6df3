using System.Text.Json;

namespace Observatory.Host.Dashboard.Forms;

/// <summary>How a field is drawn and how its text becomes JSON.</summary>
public enum FieldKind
{
    /// <summary>One line of text; sent as a string when not blank.</summary>
    Text,

    /// <summary>A paragraph; sent as a string when not blank.</summary>
    LongText,

    /// <summary>yyyy-MM-dd, drawn as a date picker.</summary>
    Date,

    /// <summary>A whole number; text that is not one is still sent, so the serializer names the field and the rule.</summary>
    Number,

    /// <summary>One of <see cref="FormField.Options"/>, drawn as a select.</summary>
    Choice,

    /// <summary>Any of <see cref="FormField.Options"/>, drawn as checkboxes; sent as an array.</summary>
    Choices,

    /// <summary>One item per line; sent as an array.</summary>
    Lines,

    /// <summary>A yes/no box; sent as true when ticked, left out otherwise (the entry's default is false).</summary>
    Check,
}

/// <param name="Translated">The label is a text key (an enumeration's term), not a name to show as written.</param>
public sealed record FieldOption(string Value, string Label, bool Translated = false);

/// <summary>
/// One labelled input (its label and hint are text keys, translated when the form is drawn) of a recording form. <see cref="Name"/> is the entry's JSON field (docs/domain.md), so an error
/// the API would name "data.rating" lands next to the input named "rating". <see cref="InData"/> false means the field
/// is not part of the entry's data (the day it happened goes to the body's occurredOn).
/// </summary>
public sealed record FormField(string Name, string Label, FieldKind Kind, bool Required = false, string? Hint = null,
    IReadOnlyList<FieldOption>? Options = null, bool InData = true)
{
    public IReadOnlyList<FieldOption> Choices => Options ?? [];

    /// <summary>The options of an enum as the wire spells them ("study-visit"), labelled by their terms ("term.meeting-kind.study-visit").</summary>
    public static IReadOnlyList<FieldOption> Enum<TEnum>(string terms, params TEnum[] only) where TEnum : struct, System.Enum =>
        [.. (only.Length > 0 ? only : System.Enum.GetValues<TEnum>()).Select(v =>
        {
            var wire = JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString());
            return new FieldOption(wire, terms + wire, Translated: true);
        })];
}
