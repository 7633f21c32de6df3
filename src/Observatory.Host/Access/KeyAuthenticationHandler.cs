using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Observatory.Host.Access;

/// <summary>
/// Turns <c>Authorization: Bearer obs_…</c> (API callers) or the login cookie (browsers) into the credential's claims.
/// Nothing the caller sends besides the key decides the tenant. The key itself is never logged.
/// </summary>
public sealed class KeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, KeyRing keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ObservatoryKey";
    public const string CookieName = "observatory_key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = PresentedKey();
        if (key is null)
            return AuthenticateResult.NoResult();
        var credential = await keys.ResolveAsync(key, Context.RequestAborted);
        if (credential is null)
            return AuthenticateResult.Fail("unknown or revoked key");
        return AuthenticateResult.Success(new AuthenticationTicket(Principal(credential), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        AccessProblems.ChallengeAsync(Context);

    private string? PresentedKey()
    {
        var header = Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return header["Bearer ".Length..].Trim();
        return Request.Cookies.TryGetValue(CookieName, out var cookie) && !string.IsNullOrEmpty(cookie) ? cookie : null;
    }

    public static ClaimsPrincipal Principal(Credential credential)
    {
        var claims = new List<Claim>
        {
            new(AccessClaims.Network, credential.Network),
            new(AccessClaims.Role, credential.Role),
            new(AccessClaims.KeyId, credential.KeyId),
        };
        if (credential.PartnerId is not null)
            claims.Add(new Claim(AccessClaims.Partner, credential.PartnerId));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName, AccessClaims.KeyId, AccessClaims.Role));
    }
}
