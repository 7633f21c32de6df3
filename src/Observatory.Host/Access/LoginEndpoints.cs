using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Observatory.Host.Localization;

namespace Observatory.Host.Access;

/// <summary>
/// The browser's way in: a form that takes a key and keeps it in an HttpOnly, SameSite=Strict cookie, so scripts
/// cannot read it and other sites cannot send it. The key never travels in a URL.
/// </summary>
public static class LoginEndpoints
{
    private const string HtmlType = "text/html; charset=utf-8";

    public static IEndpointRouteBuilder MapLogin(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/login", (string? returnUrl, HttpContext http) => Results.Content(Page(Safe(returnUrl), null, http.Texts()), HtmlType)).ExcludeFromDescription();
        endpoints.MapPost("/login", LoginAsync).ExcludeFromDescription().DisableAntiforgery();
        endpoints.MapPost("/logout", (HttpContext http) =>
        {
            http.Response.Cookies.Delete(KeyAuthenticationHandler.CookieName);
            return Results.Redirect("/", permanent: false);
        }).ExcludeFromDescription().DisableAntiforgery();
        return endpoints;
    }

    private static async Task<IResult> LoginAsync(HttpContext http, KeyRing keys)
    {
        if (!http.Request.HasFormContentType)
            return Results.Content(Page("/", "access.send-form", http.Texts()), HtmlType, statusCode: StatusCodes.Status415UnsupportedMediaType);
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var key = form["key"].ToString().Trim();
        var returnUrl = Safe(form["returnUrl"].ToString());
        var credential = key.Length == 0 ? null : await keys.ResolveAsync(key, http.RequestAborted);
        if (credential is null)
            return Results.Content(Page(returnUrl, "access.unknown-key", http.Texts()), HtmlType, statusCode: StatusCodes.Status401Unauthorized);
        http.Response.Cookies.Append(KeyAuthenticationHandler.CookieName, key, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = http.Request.IsHttps,
            Path = "/",
        });
        return Results.Redirect(returnUrl == "/" ? $"/networks/{credential.Network}" : returnUrl, permanent: false);
    }

    // Only paths of this site: "//evil.example" and absolute URLs would make the login an open redirect.
    private static string Safe(string? returnUrl) =>
        returnUrl is { Length: > 1 } url && url[0] == '/' && url[1] != '/' && url[1] != '\\' ? url : "/";

    /// <param name="error">The text key of what went wrong, or null.</param>
    private static string Page(string returnUrl, string? error, Texts t) => $"""
        <!DOCTYPE html>
        <html lang="{t.Language.Code}"><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(t["access.title"])}</title></head>
        <body><main><h1>{WebUtility.HtmlEncode(t["access.sign-in"])}</h1>
        {(error is null ? "" : $"<p id=\"login-error\" role=\"alert\">{WebUtility.HtmlEncode(t[error])}</p>")}
        <form method="post" action="/login">
        <label for="key">{WebUtility.HtmlEncode(t["access.key"])}</label> <input id="key" name="key" type="password" autocomplete="off" required>
        <input type="hidden" name="returnUrl" value="{WebUtility.HtmlEncode(returnUrl)}">
        <button type="submit">{WebUtility.HtmlEncode(t["access.sign-in"])}</button>
        </form></main></body></html>
        """;
}
