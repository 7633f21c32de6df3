using Microsoft.AspNetCore.Http;
using Observatory.Host.Localization;

namespace Observatory.Host.Dashboard.Forms;

/// <summary>
/// The confirmation a form's redirect asks for with <c>?recorded=practice</c>. Only the forms' own kinds are shown, in
/// fixed words, so the query string cannot put text of its own on the page.
/// </summary>
public static class RecordedNotice
{
    public static string For(IQueryCollection query, Texts t)
    {
        var slug = query["recorded"].ToString();
        return EntryForms.Find(slug) is { } form
            ? $"<p class=\"confirm\" id=\"confirmation\" role=\"status\">{Html.E(t["forms.recorded." + form.Slug])}</p>\n"
            : "";
    }
}
