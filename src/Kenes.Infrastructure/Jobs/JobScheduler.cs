using Kenes.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Kenes.Infrastructure.Jobs;

/// <summary>
/// Runs each <see cref="IScheduledJob"/> once per interval slot across every node sharing the
/// database. Slots are aligned to the Unix epoch, so all nodes agree on them without talking to each
/// other; the (Job, Slot) unique key decides which node runs a slot (ADR 0011).
/// </summary>
public sealed partial class JobScheduler(
    IServiceScopeFactory scopes, IEnumerable<IScheduledJob> jobs, IConfiguration configuration, IClock clock, ILogger<JobScheduler> logger)
    : BackgroundService
{
    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(1);
    private readonly Dictionary<string, Instant> _lastSlot = [];

    public string Node { get; } = $"{Environment.MachineName}:{Environment.ProcessId}";

    public Duration IntervalOf(IScheduledJob job) =>
        SettingDuration.Read(configuration, $"Jobs:{job.Name}:Interval", job.DefaultInterval) is var interval && interval > Duration.Zero
            ? interval
            : job.DefaultInterval;

    public static Instant SlotOf(Instant now, Duration interval) =>
        Instant.FromUnixTimeTicks(now.ToUnixTimeTicks() / interval.BclCompatibleTicks * interval.BclCompatibleTicks);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Jobs:Enabled=false keeps a node out of the rotation (a maintenance node, or tests that run jobs by hand).
        if (!configuration.GetValue("Jobs:Enabled", true))
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var job in jobs)
            {
                try
                {
                    await RunDueAsync(job, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The database away for a moment: the next tick tries again.
                    LogTickFailed(logger, job.Name, ex);
                }
            }

            await Task.Delay(Tick, stoppingToken);
        }
    }

    /// <summary>Claims the job's current slot and runs it if this node won; true when it ran here.</summary>
    public async Task<bool> RunDueAsync(IScheduledJob job, CancellationToken ct)
    {
        var slot = SlotOf(clock.GetCurrentInstant(), IntervalOf(job));
        if (_lastSlot.TryGetValue(job.Name, out var last) && last == slot)
        {
            return false;
        }

        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KenesDbContext>();
        var run = new ScheduledJobRun { Job = job.Name, Slot = slot, Node = Node, StartedAt = clock.GetCurrentInstant() };
        db.ScheduledJobRuns.Add(run);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            if (!await ClaimedAsync(db, job.Name, slot, ct))
            {
                throw;
            }

            _lastSlot[job.Name] = slot;
            return false;
        }

        _lastSlot[job.Name] = slot;
        try
        {
            run.Outcome = "ok: " + await job.RunAsync(scope.ServiceProvider, slot, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            run.Outcome = $"failed: {ex.GetType().Name}: {ex.Message}";
            LogJobFailed(logger, job.Name, slot, ex);
        }

        run.FinishedAt = clock.GetCurrentInstant();
        db.ChangeTracker.Clear();
        db.ScheduledJobRuns.Update(run);
        await db.SaveChangesAsync(CancellationToken.None);
        return true;
    }

    /// <summary>The insert failed because another node holds the slot (not for any other reason).</summary>
    private static async Task<bool> ClaimedAsync(KenesDbContext db, string job, Instant slot, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        return await db.ScheduledJobRuns.AnyAsync(r => r.Job == job && r.Slot == slot, ct);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scheduler tick for {Job} failed; trying again")]
    private static partial void LogTickFailed(ILogger logger, string job, Exception ex);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled job {Job} failed for slot {Slot}")]
    private static partial void LogJobFailed(ILogger logger, string job, Instant slot, Exception ex);
}
