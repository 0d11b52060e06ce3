using System.Transactions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql.EntityFrameworkCore.PostgreSQL;

namespace Kenes.Infrastructure.Persistence;

/// <summary>
/// PostgreSQL retries (a restart, a dropped pooled connection) without buffering every query result.
/// EF Core reads a query's whole result into memory before the first row whenever the execution
/// strategy says it retries, so that it could run the query again after a failure halfway through the
/// rows. That cost ~75 KB and a tenth of the CPU per view of the HR screening queue (issue #6). This
/// strategy still retries what fails before the first row — opening the connection and sending the
/// command, which is where a restart or a dead pooled connection shows — and whole operations run through
/// <c>Database.CreateExecutionStrategy()</c> (votes, retention); a connection lost while rows are being
/// read fails the request (503) instead of being retried.
/// </summary>
public sealed class StreamingRetryStrategy(ExecutionStrategyDependencies dependencies, int maxRetryCount, TimeSpan maxRetryDelay)
    : NpgsqlRetryingExecutionStrategy(dependencies, maxRetryCount, maxRetryDelay, errorCodesToAdd: null)
{
    /// <summary>Read by EF Core to decide whether to buffer query results; retries happen all the same.</summary>
    public override bool RetriesOnFailure => false;

    /// <summary>
    /// The base class refuses a transaction begun outside the strategy only when <see cref="RetriesOnFailure"/>
    /// is true; the refusal stays, since one operation retried alone inside a transaction would be wrong.
    /// </summary>
    protected override void OnFirstExecution()
    {
        var database = Dependencies.CurrentContext.Context.Database;
        if (database.CurrentTransaction is not null || database.GetEnlistedTransaction() is not null || Transaction.Current is not null)
        {
            throw new InvalidOperationException(
                "A transaction must run inside Database.CreateExecutionStrategy().ExecuteAsync so that it is retried as a whole.");
        }

        base.OnFirstExecution();
    }
}
