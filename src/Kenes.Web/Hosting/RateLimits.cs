using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Kenes.Web.Localization;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Kenes.Web.Hosting;

/// <summary>One fixed-window limit: <see cref="PermitLimit"/> requests per <see cref="WindowSeconds"/>.</summary>
public sealed class RateLimit
{
    public int PermitLimit { get; set; }

    public int WindowSeconds { get; set; }

    public TimeSpan Window => TimeSpan.FromSeconds(Math.Max(1, WindowSeconds));
}

/// <summary>
/// Section <c>RateLimits</c>. Every limit is configurable because load benchmarks submit hundreds of
/// applications per second from 127.0.0.1 and raise them through environment variables
/// (<c>RateLimits__Submission__PermitLimit</c>, see scripts/bench-app.sh).
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Sign-in attempts (login page and API) from one client IP.</summary>
    public RateLimit SignIn { get; set; } = new() { PermitLimit = 20, WindowSeconds = 60 };

    /// <summary>Sign-in attempts for one e-mail from anywhere: slows a distributed guess before lockout.</summary>
    public RateLimit SignInPerEmail { get; set; } = new() { PermitLimit = 10, WindowSeconds = 60 };

    /// <summary>Public application submissions (portal form and API) from one client IP.</summary>
    public RateLimit Submission { get; set; } = new() { PermitLimit = 10, WindowSeconds = 60 };
}

/// <summary>
/// ASP.NET Core's built-in rate limiter on sign-in and public submission, partitioned by client IP,
/// plus a per-e-mail limiter the sign-in handlers ask once they know the e-mail (the middleware runs
/// before the body is read). A refusal is 429 with Retry-After: problem JSON under /api, the
/// localized error page elsewhere.
/// </summary>
public static class RateLimits
{
    public const string SignInPolicy = "sign-in";
    public const string SubmissionPolicy = "submission";

    public static IServiceCollection AddKenesRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitOptions>(configuration.GetSection(RateLimitOptions.Section));
        services.AddSingleton<SignInThrottle>();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(SignInPolicy, context => PerClient(context, o => o.SignIn));
            options.AddPolicy(SubmissionPolicy, context => PerClient(context, o => o.Submission));
            options.OnRejected = (context, _) => RejectAsync(context.HttpContext, RetryAfter(context.Lease), "rate_limit.detail");
        });
        return services;
    }

    public static void UseKenesRateLimits(this WebApplication app) => app.UseRateLimiter();

    /// <summary>Writes the 429: Retry-After always; the localized problem under /api; pages get the re-executed error page.</summary>
    /// <param name="field">The field the limit is about (the e-mail), named in the message.</param>
    public static async ValueTask RejectAsync(HttpContext http, TimeSpan retryAfter, string detailKey, string field = "")
    {
        var seconds = (int)Math.Ceiling(Math.Max(1, retryAfter.TotalSeconds));
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (!KenesPipeline.IsApi(http))
        {
            return;
        }

        var texts = http.RequestServices.GetRequiredService<IStringLocalizer<Texts>>();
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Detail = texts[detailKey, seconds, field].Value,
                Extensions = { ["code"] = "rate_limited", ["retryAfter"] = seconds },
            },
        });
    }

    private static TimeSpan RetryAfter(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(60);

    private static RateLimitPartition<string> PerClient(HttpContext context, Func<RateLimitOptions, RateLimit> pick)
    {
        // Reading the form (to get its antiforgery token) is free; only attempts count.
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("read");
        }

        var limit = pick(context.RequestServices.GetRequiredService<IOptionsMonitor<RateLimitOptions>>().CurrentValue);
        // Behind a proxy this is the proxy's address unless forwarded headers are configured (docs/reliability).
        var client = context.Connection.RemoteIpAddress ?? IPAddress.None;
        return Fixed(client.ToString(), limit);
    }

    internal static RateLimitPartition<string> Fixed(string key, RateLimit limit) =>
        limit.PermitLimit <= 0
            ? RateLimitPartition.GetNoLimiter(key)
            : RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limit.PermitLimit,
                Window = limit.Window,
                QueueLimit = 0,
                AutoReplenishment = true,
            });
}

/// <summary>The per-e-mail sign-in limit, asked by the login page and the login API once the e-mail is known.</summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter;

    public SignInThrottle(IOptionsMonitor<RateLimitOptions> options) =>
        limiter = PartitionedRateLimiter.Create<string, string>(email => RateLimits.Fixed(email, options.CurrentValue.SignInPerEmail),
            StringComparer.OrdinalIgnoreCase);

    /// <summary>Null when the attempt may go on; otherwise how long to wait.</summary>
    public TimeSpan? Acquire(string email)
    {
        using var lease = limiter.AttemptAcquire(email.Trim().ToLowerInvariant());
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(60);
    }

    public void Dispose() => limiter.Dispose();
}
