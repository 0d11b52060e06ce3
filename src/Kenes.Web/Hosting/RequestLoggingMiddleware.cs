using System.Diagnostics;

namespace Kenes.Web.Hosting;

/// <summary>One structured log event per request: method, path, status, duration and user.</summary>
public sealed partial class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            // Only the path: query strings may carry personal data.
            Log(logger, context.Request.Method, context.Request.Path.Value ?? "", context.Response.StatusCode,
                elapsed, context.User.Identity?.Name ?? "-");
        }
    }

    [LoggerMessage(EventId = 1000, Level = LogLevel.Information,
        Message = "HTTP {Method} {Path} responded {StatusCode} in {ElapsedMs:0.0} ms for {User}")]
    private static partial void Log(ILogger logger, string method, string path, int statusCode, double elapsedMs, string user);
}
