using Microsoft.AspNetCore.Http;

namespace Observatory.Host.Dashboard;

/// <summary>Problem details that name the parameter at fault and the rule it broke.</summary>
public static class DashboardProblems
{
    public static IResult BadParameter(string parameter, string rule) =>
        TypedResults.Problem(
            title: $"Invalid query parameter '{parameter}'",
            detail: $"{parameter}: {rule}",
            statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?> { ["parameter"] = parameter, ["rule"] = rule });

    public static IResult UnknownNetwork(string network) =>
        TypedResults.Problem(
            title: "Unknown network",
            detail: $"network: no network '{network}' is recorded in this observatory",
            statusCode: StatusCodes.Status404NotFound,
            extensions: new Dictionary<string, object?> { ["parameter"] = "network", ["rule"] = "must be a recorded network" });
}
