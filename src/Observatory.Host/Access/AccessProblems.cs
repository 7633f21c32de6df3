using Microsoft.AspNetCore.Http;

namespace Observatory.Host.Access;

/// <summary>The answers of the access layer, as problem details (or, for a browser asking for a page, the login form).</summary>
public static class AccessProblems
{
    public static Task ChallengeAsync(HttpContext http)
    {
        // A person opening a page is sent to sign in and brought back; the API answers with a problem, whatever it accepts.
        if (HttpMethods.IsGet(http.Request.Method) && !http.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal)
            && http.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.Ordinal))
        {
            http.Response.Redirect($"/login?returnUrl={Uri.EscapeDataString(http.Request.Path + http.Request.QueryString)}");
            return Task.CompletedTask;
        }
        http.Response.Headers.WWWAuthenticate = "Bearer realm=\"observatory\"";
        return WriteAsync(http, StatusCodes.Status401Unauthorized, "Credential required",
            "Authorization: send 'Authorization: Bearer obs_…' with a key created by 'observatory keys create'", "credential-required");
    }

    /// <summary>Another tenant's resources do not exist for this credential: the answer does not even confirm them.</summary>
    public static Task NotFoundAsync(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status404NotFound;
        return http.Response.WriteAsJsonAsync(new
        {
            type = "https://httpstatuses.io/404",
            title = "Network not found",
            status = StatusCodes.Status404NotFound,
            detail = "network: no network of that name is visible to this credential",
            field = "network",
            parameter = "network", // the dashboard's problems name query and route parts "parameter"
            rule = "network-not-visible",
        }, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", http.RequestAborted);
    }

    public static Task ForbiddenAsync(HttpContext http, string rule, string detail) =>
        WriteAsync(http, StatusCodes.Status403Forbidden, "Not allowed for this role", detail, rule);

    public static Task WriteAsync(HttpContext http, int status, string title, string detail, string rule)
    {
        http.Response.StatusCode = status;
        return http.Response.WriteAsJsonAsync(new
        {
            type = $"https://httpstatuses.io/{status}",
            title,
            status,
            detail,
            rule,
        }, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", http.RequestAborted);
    }
}
