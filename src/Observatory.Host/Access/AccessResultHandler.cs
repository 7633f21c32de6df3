using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace Observatory.Host.Access;

/// <summary>
/// Refusals as problem details, logged without personal data: the key's id and role, the method and the route
/// template; never the key, the address or anything from the body.
/// </summary>
public sealed partial class AccessResultHandler(ILogger<AccessResultHandler> logger) : IAuthorizationMiddlewareResultHandler
{
    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Succeeded)
        {
            await next(context);
            return;
        }
        var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "?";
        if (authorizeResult.Challenged || context.User.Identity?.IsAuthenticated != true)
        {
            LogRefused(logger, "anonymous", "none", context.Request.Method, route, "no valid credential");
            await AccessProblems.ChallengeAsync(context);
            return;
        }
        var keyId = context.User.FindFirst(AccessClaims.KeyId)?.Value ?? "?";
        var role = context.User.FindFirst(AccessClaims.Role)?.Value ?? "?";
        var otherTenant = authorizeResult.AuthorizationFailure?.FailureReasons.Any(r => r.Message == SameNetworkHandler.Mismatch) == true;
        LogRefused(logger, keyId, role, context.Request.Method, route, otherTenant ? "another network" : "role not allowed");
        if (otherTenant)
            await AccessProblems.NotFoundAsync(context);
        else
            await AccessProblems.ForbiddenAsync(context, "role-not-allowed", $"role: a {role} may not use {context.Request.Method} {route}");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused key {KeyId} ({Role}) on {Method} {Route}: {Reason}")]
    public static partial void LogRefused(ILogger logger, string keyId, string role, string method, string route, string reason);
}
