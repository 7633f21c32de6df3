using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;

namespace Observatory.Host.Access;

/// <summary>
/// One fixed window per credential, so one busy caller cannot starve the others. Requests without a credential are
/// not counted by it: they only reach open pages, or are refused before any work. The one open endpoint that writes,
/// the anonymous feedback form's POST, has its own window per client address (<see cref="PublicFeedback"/>).
/// </summary>
public static class RateLimits
{
    /// <summary>The policy of the anonymous feedback POST, partitioned by the client's address.</summary>
    public const string PublicFeedback = "public-feedback";

    public static void Configure(RateLimiterOptions limiter, AccessOptions options)
    {
        ArgumentNullException.ThrowIfNull(limiter);
        ArgumentNullException.ThrowIfNull(options);
        // The address as the server sees it: behind a reverse proxy, configure forwarded headers or every person shares one window.
        limiter.AddPolicy(PublicFeedback, http => RateLimitPartition.GetFixedWindowLimiter(
            http.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = options.PublicFeedbackPermits,
                Window = TimeSpan.FromSeconds(options.PublicFeedbackWindowSeconds),
                QueueLimit = 0,
            }));
        limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            http.User.FindFirst(AccessClaims.KeyId)?.Value is { } keyId
                ? RateLimitPartition.GetFixedWindowLimiter(keyId, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.PermitsPerWindow,
                    Window = TimeSpan.FromSeconds(options.WindowSeconds),
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter("anonymous"));
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.OnRejected = (context, cancellationToken) =>
        {
            var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
                ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
                : options.WindowSeconds;
            context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            if (context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == PublicFeedback)
                return new ValueTask(TooManyFeedbackPage.WriteAsync(context.HttpContext, seconds, options));
            return new ValueTask(AccessProblems.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, "Too many requests",
                $"credential: at most {options.PermitsPerWindow} requests per {options.WindowSeconds} s; retry after {seconds} s", "rate-limit-exceeded"));
        };
    }
}
