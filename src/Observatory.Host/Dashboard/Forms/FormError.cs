using Microsoft.AspNetCore.Http.HttpResults;

namespace Observatory.Host.Dashboard.Forms;

/// <summary>
/// A refusal as a form shows it: the input it belongs to (null when none of the form's inputs is named), the API's
/// rule name and the API's own sentence. The text is the problem's detail unchanged, so a form and the API say the same.
/// </summary>
public sealed record FormError(string? Input, string Rule, string Message, int Status)
{
    /// <summary>Reads the field, rule and detail of a problem that the recorder or the body parser returned.</summary>
    public static FormError From(ProblemHttpResult problem, IReadOnlyList<FormField> fields)
    {
        var details = problem.ProblemDetails;
        var field = details.Extensions.TryGetValue("field", out var f) ? f?.ToString() : null;
        var rule = details.Extensions.TryGetValue("rule", out var r) ? r?.ToString() ?? "error" : "error";
        var message = details.Detail ?? details.Title ?? "refused";
        // The scope check names its field only inside the detail ("partnerId: a representative of …").
        field ??= message.Contains(':', StringComparison.Ordinal) ? message[..message.IndexOf(':', StringComparison.Ordinal)] : null;
        return new FormError(InputFor(field, fields), rule, message, problem.StatusCode);
    }

    /// <summary>"data.participants[0].partnerId" → "participants"; "contact.ciphertext" → "contact"; an unknown field → null.</summary>
    public static string? InputFor(string? field, IReadOnlyList<FormField> fields)
    {
        if (string.IsNullOrEmpty(field))
            return null;
        var path = field.StartsWith("data.", StringComparison.Ordinal) ? field["data.".Length..] : field;
        var end = path.IndexOfAny(['.', '[']);
        var head = end < 0 ? path : path[..end];
        return fields.FirstOrDefault(x => string.Equals(x.Name, head, StringComparison.Ordinal))?.Name;
    }
}
