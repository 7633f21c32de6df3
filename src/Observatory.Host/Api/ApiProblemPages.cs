using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Observatory.Host.Api;

/// <summary>
/// Errors the framework answers before any handler runs (415 from content-type matching, 404 and 405 from routing)
/// would otherwise have empty bodies; they get problem details like every other error.
/// </summary>
public static class ApiProblemPages
{
    public static WebApplication UseObservatoryProblems(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseStatusCodePages(async context =>
        {
            var http = context.HttpContext;
            var (field, rule, message) = http.Response.StatusCode switch
            {
                StatusCodes.Status415UnsupportedMediaType =>
                    ("Content-Type", "content-type-json", $"must be application/json, not '{http.Request.ContentType ?? "none"}'"),
                StatusCodes.Status405MethodNotAllowed => ("method", "method-not-allowed", $"{http.Request.Method} is not allowed here"),
                StatusCodes.Status404NotFound => ("path", "not-found", "nothing is served at this path"),
                var status => ("request", "error", $"HTTP {status}"),
            };
            await TypedResults.Problem(title: "Request refused", detail: $"{field}: {message}", statusCode: http.Response.StatusCode,
                extensions: new Dictionary<string, object?> { ["field"] = field, ["rule"] = rule }).ExecuteAsync(http);
        });
        return app;
    }
}
