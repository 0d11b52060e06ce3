using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Kenes.Web.Tests.Support;

/// <summary>
/// Counts the SQL commands EF Core sends, per request path (background services have no request and
/// are not counted). Registered in every test app; the query-budget tests read it.
/// </summary>
public sealed class CommandCounter(IHttpContextAccessor accessor) : DbCommandInterceptor
{
    private readonly ConcurrentDictionary<string, int> counts = new(StringComparer.Ordinal);

    public void Reset() => counts.Clear();

    public int For(string path) => counts.GetValueOrDefault(path);

    private void Count()
    {
        if (accessor.HttpContext?.Request is { } request)
        {
            counts.AddOrUpdate(request.Path.Value ?? "", 1, (_, n) => n + 1);
        }
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Count();
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Count();
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Count();
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }
}
