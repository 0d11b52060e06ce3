using System.Data.Common;
using System.Net;
using System.Net.Sockets;
using Kenes.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace Kenes.Infrastructure.Tests.Persistence;

/// <summary>
/// Issue #6/#7: on PostgreSQL, query results are streamed (the strategy tells EF Core it does not retry
/// halfway through rows), yet a query whose connection cannot be opened is still retried before it fails.
/// </summary>
public sealed class StreamingRetryStrategyTests
{
    [Fact]
    public async Task AQueryThatCannotReachTheServer_IsRetried_ThenFails()
    {
        var attempts = new OpenAttempts();
        await using var db = Context(ClosedPortConnectionString(), attempts);

        var failure = await Assert.ThrowsAsync<RetryLimitExceededException>(() => db.StateBodies.CountAsync());

        Assert.Equal(4, attempts.Count); // the first try and three retries
        Assert.Contains("StreamingRetryStrategy", failure.Message);
    }

    [Fact]
    public void TellsEfCoreNotToBufferResults()
    {
        using var db = Context(ClosedPortConnectionString(), new OpenAttempts());

        var strategy = db.Database.CreateExecutionStrategy();

        Assert.IsType<StreamingRetryStrategy>(strategy);
        Assert.False(strategy.RetriesOnFailure);
    }

    private static KenesDbContext Context(string connectionString, OpenAttempts attempts)
    {
        var options = new DbContextOptionsBuilder<KenesDbContext>();
        PersistenceServiceCollectionExtensions.Configure(options, new DatabaseSettings(DatabaseProvider.Postgres, connectionString));
        options.AddInterceptors(attempts);
        return new KenesDbContext(options.Options);
    }

    /// <summary>A loopback port nothing listens on: every connection is refused at once (a transient error).</summary>
    private static string ClosedPortConnectionString()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"Host=127.0.0.1;Port={port};Username=kenes;Database=kenes;Pooling=false";
    }

    private sealed class OpenAttempts : DbConnectionInterceptor
    {
        public int Count;

        public override ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData,
            InterceptionResult result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref Count);
            return ValueTask.FromResult(result);
        }
    }
}
