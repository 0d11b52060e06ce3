using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Kenes.Web.Hosting;

/// <summary>
/// Moves <see cref="DataChanges"/> whenever this node writes through EF Core, whoever asked: a request,
/// a scheduled job, the demo seeder. Counted after each writing command and again when a transaction
/// commits: a copy built from what was read between the two is then stale too (ADR 0013).
/// Reads are told apart by their first word; anything else counts as a write, so a rare needless
/// rebuild is the worst a mistake here can cause.
/// </summary>
public sealed class DataChangeInterceptor(DataChanges changes) : DbCommandInterceptor, IDbTransactionInterceptor
{
    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        CountIfWrite(command);
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result,
        CancellationToken cancellationToken = default)
    {
        CountIfWrite(command);
        return ValueTask.FromResult(result);
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        CountIfWrite(command);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        CountIfWrite(command);
        return ValueTask.FromResult(result);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        CountIfWrite(command);
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result,
        CancellationToken cancellationToken = default)
    {
        CountIfWrite(command);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => changes.Record();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        changes.Record();
        return Task.CompletedTask;
    }

    public static bool IsRead(string sql)
    {
        var text = sql.AsSpan().TrimStart();
        return text.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)
            // SQLite's "PRAGMA foreign_keys;" style reads and the health check's probe.
            || text.StartsWith("PRAGMA", StringComparison.OrdinalIgnoreCase);
    }

    private void CountIfWrite(DbCommand command)
    {
        if (!IsRead(command.CommandText))
        {
            changes.Record();
        }
    }
}
