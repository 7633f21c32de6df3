using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Observatory.Host.Api;

/// <summary>Every error of the API as problem details naming the field and the rule, so clients can match on them.</summary>
public static class ApiProblems
{
    public static ProblemHttpResult Malformed(string field, string rule) =>
        Problem(StatusCodes.Status400BadRequest, "Malformed request", field, rule, "malformed");

    public static ProblemHttpResult BrokenRule(string rule, string? field, string message) =>
        Problem(StatusCodes.Status422UnprocessableEntity, "A domain rule refused the entry", field ?? "data", message, rule);

    public static ProblemHttpResult Stale(string stream, long expected, long actual) =>
        TypedResults.Problem(
            title: "Stale expected version",
            detail: $"If-Match: stream '{stream}' is at version {actual}, but version {expected} was expected; read it again and retry",
            statusCode: StatusCodes.Status409Conflict,
            extensions: new Dictionary<string, object?>
            {
                ["field"] = "If-Match", ["rule"] = "expected-version-stale", ["stream"] = stream, ["expected"] = expected, ["actual"] = actual,
            });

    public static ProblemHttpResult TooLarge(int limit) =>
        Problem(StatusCodes.Status413PayloadTooLarge, "Body too large", "body", $"must be at most {limit} bytes", "body-too-large");

    public static ProblemHttpResult WrongContentType(string? given) =>
        Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported content type", "Content-Type",
            $"must be application/json, not '{given ?? "none"}'", "content-type-json");

    public static ProblemHttpResult Forbidden(string rule, string detail) =>
        TypedResults.Problem(title: "Not allowed for this credential", detail: detail, statusCode: StatusCodes.Status403Forbidden,
            extensions: new Dictionary<string, object?> { ["rule"] = rule });

    public static ProblemHttpResult NotFound(string field, string rule) =>
        Problem(StatusCodes.Status404NotFound, "Not found", field, rule, "not-found");

    public static ProblemHttpResult Problem(int status, string title, string field, string message, string rule) =>
        TypedResults.Problem(title: title, detail: $"{field}: {message}", statusCode: status,
            extensions: new Dictionary<string, object?> { ["field"] = field, ["rule"] = rule });
}
