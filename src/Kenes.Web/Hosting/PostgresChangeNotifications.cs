using Kenes.Infrastructure.Persistence;
using Npgsql;

namespace Kenes.Web.Hosting;

/// <summary>
/// Nodes on one PostgreSQL database tell each other that data changed (ADR 0013), so that a copy a
/// node keeps in memory is rebuilt within milliseconds of a change made on another node, not after its
/// lifetime. A node that changed data sends <c>NOTIFY kenes_changes</c> with its own name; every node
/// LISTENs on a connection of its own and moves its <see cref="DataChanges"/> for the others' names.
/// PostgreSQL delivers a notification only after the sender's commit, in commit order.
/// While the listening connection is down this node cannot know what it missed, so it serves nothing
/// from memory (<see cref="DataChanges.HearsOtherNodes"/>) until it listens again.
/// </summary>
public sealed class PostgresChangeNotifications(DataChanges changes, DatabaseSettings settings, ILogger<PostgresChangeNotifications> log)
    : BackgroundService
{
    public const string Channel = "kenes_changes";

    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(2);

    /// <summary>This node's name in the notifications it sends; its own are not news to it.</summary>
    public string Node { get; } = Guid.NewGuid().ToString("N");

    private readonly TaskCompletionSource firstAttempt = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Waits (5 s at most) for the first attempt to listen, so the node serves its first pages with copies.</summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await base.StartAsync(cancellationToken);
        if (settings.Provider == DatabaseProvider.Postgres)
        {
            await Task.WhenAny(firstAttempt.Task, Task.Delay(TimeSpan.FromSeconds(5), cancellationToken));
        }
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        settings.Provider == DatabaseProvider.Postgres
            ? Task.WhenAll(ListenAsync(stoppingToken), AnnounceAsync(stoppingToken))
            : Task.CompletedTask;

    /// <summary>Connections of their own, outside the pool the pages use, kept open for the node's life.</summary>
    private string DedicatedConnection()
    {
        var builder = new NpgsqlConnectionStringBuilder(settings.ConnectionString)
        {
            Pooling = false,
            KeepAlive = 15,
            ApplicationName = "kenes-changes",
        };
        return builder.ConnectionString;
    }

    private async Task ListenAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(DedicatedConnection());
                connection.Notification += (_, e) =>
                {
                    if (e.Payload != Node)
                    {
                        changes.RecordElsewhere();
                    }
                };
                await connection.OpenAsync(stop);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stop);
                }

                // Whatever changed while this node was deaf is unknown: everything built before is stale.
                changes.Hearing(true);
                firstAttempt.TrySetResult();
                while (true)
                {
                    await connection.WaitAsync(stop);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (!stop.IsCancellationRequested)
            {
                changes.Hearing(false);
                firstAttempt.TrySetResult();
                log.LogWarning(ex, "Not hearing other nodes' changes (PostgreSQL LISTEN): staff pages read the database until it reconnects");
                await DelayAsync(stop);
            }
        }
    }

    private async Task AnnounceAsync(CancellationToken stop)
    {
        NpgsqlConnection? connection = null;
        try
        {
            while (await changes.Announcements.WaitToReadAsync(stop))
            {
                changes.Announcements.TryRead(out _);
                // Retried until sent: the other nodes keep stale copies until they hear of it (or their
                // copies' lifetime, Caching:StaffPages, ends). Changes made meanwhile ride on this one.
                while (!stop.IsCancellationRequested)
                {
                    try
                    {
                        connection = await OpenAsync(connection, stop);
                        await using var notify = new NpgsqlCommand("SELECT pg_notify(@channel, @node)", connection);
                        notify.Parameters.AddWithValue("channel", Channel);
                        notify.Parameters.AddWithValue("node", Node);
                        await notify.ExecuteNonQueryAsync(stop);
                        break;
                    }
                    catch (Exception ex) when (!stop.IsCancellationRequested)
                    {
                        log.LogWarning(ex, "Could not tell other nodes about a change (PostgreSQL NOTIFY); retrying");
                        await DelayAsync(stop);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        finally
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }
        }
    }

    private async Task<NpgsqlConnection> OpenAsync(NpgsqlConnection? connection, CancellationToken stop)
    {
        if (connection is { State: System.Data.ConnectionState.Open })
        {
            return connection;
        }

        if (connection is not null)
        {
            await connection.DisposeAsync();
        }

        var opened = new NpgsqlConnection(DedicatedConnection());
        try
        {
            await opened.OpenAsync(stop);
            return opened;
        }
        catch
        {
            await opened.DisposeAsync();
            throw;
        }
    }

    private static async Task DelayAsync(CancellationToken stop)
    {
        try
        {
            await Task.Delay(RetryAfter, stop);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
