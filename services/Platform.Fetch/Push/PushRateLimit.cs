using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Platform.Fetch.Configuration;
using Platform.Hosting.Http;

namespace Platform.Fetch.Push;

/// <summary>
/// Push permits per source and minute (<c>Platform:Fetch:RateLimitPerMinute</c>). Every bulletin costs one: a single
/// body one, a multipart body one per file, so splitting a batch into parts buys nothing.
/// </summary>
public sealed class PushRateLimit : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;
    private readonly int _perMinute;

    public PushRateLimit(IOptions<FetchOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _perMinute = options.Value.RateLimitPerMinute;
        _limiter = PartitionedRateLimiter.Create<string, string>(source => RateLimitPartition.GetFixedWindowLimiter(source, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = _perMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));
    }

    /// <summary>Takes <paramref name="permits"/> of <paramref name="source"/>'s permits, all or none; null when granted, else 429 <c>rate-limited</c>.</summary>
    public ProblemHttpResult? Acquire(HttpContext http, string source, int permits)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (permits < 1) return null;
        if (permits > _perMinute)
        {
            http.Response.Headers.RetryAfter = "60";
            return Refusal($"One request of {permits} bulletins exceeds the {_perMinute} pushes per minute of source '{source}'; send fewer files per request.");
        }
        using var lease = _limiter.AttemptAcquire(source, permits);
        if (lease.IsAcquired) return null;
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 60;
        http.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        return Refusal($"Source '{source}' exceeded {_perMinute} pushes per minute.");
    }

    private static ProblemHttpResult Refusal(string detail) =>
        PlatformProblems.Create(StatusCodes.Status429TooManyRequests, "rate-limited", "Too many pushes", detail);

    public void Dispose() => _limiter.Dispose();
}
