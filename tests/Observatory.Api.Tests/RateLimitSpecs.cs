using System.Net;
using Observatory.Host.Access;

namespace Observatory.Api.Tests;

/// <summary>A host whose credentials may make three requests per window.</summary>
public sealed class TinyLimitHost : ApiHost
{
    protected override int PermitsPerWindow => 3;
}

public sealed class RateLimitSpecs(TinyLimitHost host) : IClassFixture<TinyLimitHost>
{
    [Fact]
    public async Task A_credential_over_its_limit_gets_429_with_retry_after_while_another_credential_goes_on()
    {
        using var busy = host.Client(await host.KeyAsync(Roles.Analyst));
        using var quiet = host.Client(await host.KeyAsync(Roles.Analyst));
        const string path = $"/api/v1/networks/{ApiHost.Network}/views";

        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await busy.GetAsync(path)).StatusCode);
        using var refused = await busy.GetAsync(path);
        using var other = await quiet.GetAsync(path);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, $"Retry-After: {refused.Headers.RetryAfter}");
        Assert.Equal("rate-limit-exceeded", (await refused.JsonAsync()).GetProperty("rule").GetString());
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }
}
