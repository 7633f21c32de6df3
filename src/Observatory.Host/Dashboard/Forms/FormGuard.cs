using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Observatory.Host.Dashboard.Forms;

/// <summary>
/// Anti-forgery for form posts. The dashboard signs in with a cookie, and a cookie is sent with any request the browser
/// makes, so every form carries a token tied to a second cookie; a page on another site can read neither. The check is
/// made in the handler, after authentication, because the token is bound to the signed-in credential.
/// </summary>
public static class FormGuard
{
    public const string CookieName = "observatory_form";
    public const string FieldName = "__form";

    public static IServiceCollection AddObservatoryForms(this IServiceCollection services) =>
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = CookieName;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.FormFieldName = FieldName;
        });

    public static FormKit.Guard Issue(HttpContext http)
    {
        var tokens = http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
        return new FormKit.Guard(tokens.FormFieldName, tokens.RequestToken ?? "");
    }

    public static Task<bool> IsValidAsync(HttpContext http) =>
        http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http);

    /// <summary>A stale or missing token: say so plainly; the person goes back and sends the form again.</summary>
    public static IResult Refused(string back, Localization.Texts t) => Results.Content(Layout.Page(t, t["forms.expired.title"], t["forms.expired.heading"],
            $"<p role=\"alert\">{Html.E(t["forms.expired.text"])}</p>\n<p><a href=\"{Html.E(back)}\">{Html.E(t["forms.expired.again"])}</a></p>\n"),
        "text/html; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
}
