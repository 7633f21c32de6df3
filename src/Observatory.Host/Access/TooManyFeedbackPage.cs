using Microsoft.AspNetCore.Http;
using Observatory.Host.Dashboard;
using Observatory.Host.Localization;

namespace Observatory.Host.Access;

/// <summary>
/// The answer when one address sent too much anonymous feedback: for a browser, a page in the person's language that
/// says when to try again (the form keeps nothing, so they know to write again); for anything else, problem details.
/// Both carry Retry-After.
/// </summary>
public static class TooManyFeedbackPage
{
    public static Task WriteAsync(HttpContext http, int retryAfterSeconds, AccessOptions options)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        if (!http.Request.GetTypedHeaders().Accept.Any(a => a.MediaType.Value is "text/html"))
            return AccessProblems.WriteAsync(http, StatusCodes.Status429TooManyRequests, "Too many requests",
                $"client address: at most {options.PublicFeedbackPermits} feedback entries per {options.PublicFeedbackWindowSeconds} s; retry after {retryAfterSeconds} s",
                "rate-limit-exceeded");
        var t = http.Texts();
        var minutes = Math.Max(1, (int)Math.Ceiling(retryAfterSeconds / 60.0));
        var body = $"<p id=\"retry\">{Html.E(t.Format("limits.feedback.text", t.Number(minutes)))}</p>\n"
                   + $"<p><a href=\"/status\">{Html.E(t["limits.feedback.status"])}</a></p>\n";
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        return http.Response.WriteAsync(Layout.Page(t, t["limits.feedback.title"], t["limits.feedback.title"], body), http.RequestAborted);
    }
}
