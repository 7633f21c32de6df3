using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Observatory.Host.Access;

/// <summary>
/// One policy per kind of access. Every policy also requires the route's {network} to be the credential's network:
/// the tenant always comes from the credential.
/// </summary>
public static class AccessPolicies
{
    /// <summary>Views, replays, diffs, evaluations and the dashboard page.</summary>
    public const string Read = "observatory-read";

    /// <summary>The event feed (paged and live).</summary>
    public const string Feed = "observatory-feed";

    /// <summary>Command endpoints; what each role may record is narrowed further by <see cref="RecordingScope"/>.</summary>
    public const string Record = "observatory-record";

    /// <summary>Erasing a person's contact details: the network's leader or its administrator.</summary>
    public const string Erase = "observatory-erase";

    public static readonly IReadOnlyDictionary<string, string[]> RolesOf = new Dictionary<string, string[]>
    {
        [Read] = [Roles.Leader, Roles.Representative, Roles.Analyst, Roles.Administrator],
        [Feed] = [Roles.Subscriber, Roles.Analyst, Roles.Leader, Roles.Administrator],
        [Record] = [Roles.Leader, Roles.Representative, Roles.Administrator],
        [Erase] = [Roles.Leader, Roles.Administrator],
    };

    public static void Add(AuthorizationOptions options)
    {
        foreach (var (name, roles) in RolesOf)
            options.AddPolicy(name, policy => policy
                .AddAuthenticationSchemes(KeyAuthenticationHandler.SchemeName)
                .RequireAuthenticatedUser()
                .AddRequirements(new SameNetworkRequirement())
                .RequireClaim(AccessClaims.Role, roles));
    }
}

/// <summary>The route's {network} must be the credential's network.</summary>
public sealed class SameNetworkRequirement : IAuthorizationRequirement;

public sealed class SameNetworkHandler : AuthorizationHandler<SameNetworkRequirement>
{
    public const string Mismatch = "network-not-visible";

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, SameNetworkRequirement requirement)
    {
        var routed = (context.Resource as HttpContext)?.GetRouteValue("network") as string;
        var own = context.User.FindFirst(AccessClaims.Network)?.Value;
        if (own is not null && string.Equals(routed, own, StringComparison.Ordinal))
            context.Succeed(requirement);
        else if (own is not null)
            context.Fail(new AuthorizationFailureReason(this, Mismatch));
        return Task.CompletedTask;
    }
}
