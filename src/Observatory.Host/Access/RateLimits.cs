using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;

namespace Observatory.Host.Access;

/// <summary>
/// One fixed window per credential, so one busy caller cannot starve the others. Requests without a credential are
/// not counted here: they only reach open pages, or are refused before any work.
/// </summary>
public static class RateLimits
{
    public static void Configure(RateLimiterOptions limiter, AccessOptions options)
    {
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
            return new ValueTask(AccessProblems.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, "Too many requests",
                $"credential: at most {options.PermitsPerWindow} requests per {options.WindowSeconds} s; retry after {seconds} s", "rate-limit-exceeded"));
        };
    }
}
