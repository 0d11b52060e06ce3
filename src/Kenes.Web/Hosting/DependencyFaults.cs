using System.Diagnostics;
using System.Globalization;
using Kenes.Infrastructure.Storage;
using Kenes.Web.Localization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Localization;
using Npgsql;

namespace Kenes.Web.Hosting;

/// <summary>
/// A dependency that is away is not a bug: the database unreachable (or SQLite busy) answers 503 with
/// Retry-After, the document store full 507, a failing document store 503 — problem JSON under /api,
/// the localized error page elsewhere (<c>/Error/{code}</c> reads <see cref="Classify"/> too). Nothing
/// was changed in either case: the intake stores files before its one transaction and removes them
/// when that fails.
/// </summary>
public static partial class DependencyFaults
{
    /// <summary>Seconds a client should wait before retrying while the database is away.</summary>
    public const int DatabaseRetryAfterSeconds = 5;

    public sealed record Fault(int Status, string Key, int? RetryAfterSeconds, string? Document);

    public static IServiceCollection AddKenesDependencyFaults(this IServiceCollection services) =>
        services.AddExceptionHandler<DependencyFaultHandler>();

    /// <summary>The fault behind an exception (searching its inner exceptions), or null for a real bug.</summary>
    public static Fault? Classify(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case DocumentStorageException { Code: DocumentStorageException.Full } full:
                    return new Fault(StatusCodes.Status507InsufficientStorage, "fault.storage_full", null, full.DocumentName);
                case DocumentStorageException { Code: DocumentStorageException.Failed } failed:
                    return new Fault(StatusCodes.Status503ServiceUnavailable, "fault.storage_failed", 60, failed.DocumentName);
                // Socket and I/O errors, timeouts, and server states such as 57P01 (admin shutdown),
                // 57P03 (starting up), 08xxx (connection) and 53300 (too many connections) are transient;
                // EF Core's RetryLimitExceededException wraps them once the retries are spent.
                case NpgsqlException { IsTransient: true }:
                case SqliteException { SqliteErrorCode: 5 or 6 }: // SQLITE_BUSY, SQLITE_LOCKED
                case TimeoutException:
                    return new Fault(StatusCodes.Status503ServiceUnavailable, "fault.database", DatabaseRetryAfterSeconds, null);
            }
        }

        return null;
    }

    /// <summary>Runs before the default handlers: answers API faults itself, and for pages sets the status the error page keeps.</summary>
    private sealed partial class DependencyFaultHandler(ILogger<DependencyFaultHandler> logger) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
        {
            if (Classify(exception) is not { } fault)
            {
                return false;
            }

            LogFault(logger, fault.Status, fault.Key, context.Request.Path);
            context.Response.StatusCode = fault.Status;
            if (fault.RetryAfterSeconds is { } seconds)
            {
                context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            }

            if (!KenesPipeline.IsApi(context))
            {
                // The exception handler re-executes /Error/500, which shows this fault's page and keeps the status.
                return false;
            }

            var texts = context.RequestServices.GetRequiredService<IStringLocalizer<Texts>>();
            var problem = new ProblemDetails
            {
                Status = fault.Status,
                Title = texts[$"{fault.Key}.title"].Value,
                Detail = texts[$"{fault.Key}.detail", fault.Document ?? ""].Value,
                Instance = context.Request.Path,
            };
            problem.Extensions["code"] = fault.Key;
            if (fault.Document is not null)
            {
                problem.Extensions["document"] = fault.Document;
            }

            problem.Extensions["traceId"] = Activity.Current?.Id ?? context.TraceIdentifier;
            await context.Response.WriteAsJsonAsync(problem, options: null, contentType: "application/problem+json", cancellationToken);
            return true;
        }

        [LoggerMessage(Level = LogLevel.Warning, Message = "Dependency fault answered {Status} ({Fault}) for {Path}")]
        private static partial void LogFault(ILogger logger, int status, string fault, string path);
    }
}
