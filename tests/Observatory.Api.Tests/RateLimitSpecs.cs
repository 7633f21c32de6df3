using System.Net;
using Observatory.Host.Access;

namespace Observatory.Api.Tests;

/// <summary>A host whose credentials may make three requests per window.</summary>
public sealed class TinyLimitHost : ApiHost
{
    protected override int PermitsPerWindow => 3;
}

/// <summary>A host whose feedback form takes two posts per address per window.</summary>
public sealed class TinyFeedbackLimitHost : ApiHost
{
    protected override AccessOptions Access(AccessOptions options)
    {
        options.PublicFeedbackPermits = 2;
        options.PublicFeedbackWindowSeconds = 300;
        return options;
    }
}

public sealed class PublicFeedbackLimitSpecs(TinyFeedbackLimitHost host) : IClassFixture<TinyFeedbackLimitHost>
{
    [Fact]
    public async Task An_address_over_the_feedback_forms_limit_gets_a_429_page_saying_when_to_retry_and_nothing_is_recorded()
    {
        using var browser = host.Client();
        browser.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("pl");
        const string path = $"/feedback/{ApiHost.Network}";
        for (var i = 0; i < 2; i++)
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await browser.PostAsync(path, new FormUrlEncodedContent([new("theme", "housing")]))).StatusCode);
        var before = await host.HeadAsync();

        using var refused = await browser.PostAsync(path, new FormUrlEncodedContent([new("theme", "housing")]));
        using var api = host.Client();
        using var refusedJson = await api.PostAsync(path, new FormUrlEncodedContent([new("theme", "housing")]));
        using var form = await browser.GetAsync(path);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(300));
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"pl\">", page, StringComparison.Ordinal);
        Assert.Contains("Spróbuj ponownie za 5 min.", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.TooManyRequests, refusedJson.StatusCode);
        Assert.Equal("rate-limit-exceeded", (await refusedJson.JsonAsync()).GetProperty("rule").GetString());
        Assert.Equal(HttpStatusCode.OK, form.StatusCode); // reading the form is not limited
        Assert.Equal(before, await host.HeadAsync());
    }
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
