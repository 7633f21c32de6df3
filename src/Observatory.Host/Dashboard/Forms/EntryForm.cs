using System.Text.Json.Nodes;

namespace Observatory.Host.Dashboard.Forms;

/// <summary>
/// One kind of entry a partner representative records through a form: its event type, the stream kind a new entry
/// opens, the dashboard section that shows it, its inputs, and (rarely) a reshaping of the typed values into the
/// entry's JSON where one input stands for a list of objects.
/// </summary>
/// <param name="OnlyRoles">The roles offered the form (null: every recording role); the recorder's scope decides anyway.</param>
/// <param name="StreamField">An input that chooses an existing stream (a guide to review) instead of opening a new one.</param>
/// <param name="Landing">Where an accepted entry is shown, from the network and the stream (null: the dashboard's section).</param>
public sealed record EntryForm(
    string Slug,
    string WireName,
    string Title,
    string Intro,
    string Section,
    string PartnerField,
    Func<FormContext, IReadOnlyList<FormField>> Fields,
    Func<JsonObject, JsonObject>? Shape = null,
    IReadOnlyList<string>? OnlyRoles = null,
    string? StreamField = null,
    Func<string, string, string>? Landing = null)
{
    public bool OfferedTo(string? role) => OnlyRoles is null || (role is not null && OnlyRoles.Contains(role, StringComparer.Ordinal));

    /// <summary>A fresh stream for a new entry: time-ordered and random, so two people never pick the same one.</summary>
    public string NewStream() => $"{Slug}-{Guid.CreateVersion7():N}";

    /// <summary>A posted stream is kept only when it is a new entry of this form's kind; anything else gets a fresh one.</summary>
    public string StreamFrom(string posted) =>
        posted.StartsWith(Slug + "-", StringComparison.Ordinal) && posted.Length == Slug.Length + 33
        && posted[(Slug.Length + 1)..].All(char.IsAsciiHexDigitLower)
            ? posted
            : NewStream();

    public string Path(string network) => $"/networks/{Uri.EscapeDataString(network)}/record/{Slug}";
}
