using NodaTime;

namespace Kenes.Infrastructure.Jobs;

/// <summary>A job run once per interval across all nodes. Jobs are idempotent: a slot whose run failed is not retried.</summary>
public interface IScheduledJob
{
    /// <summary>Stable name: the key of its runs and of its settings (Jobs:{Name}:Interval).</summary>
    string Name { get; }

    Duration DefaultInterval { get; }

    /// <summary>Runs the job in its own scope; returns a one-line summary of what it did.</summary>
    Task<string> RunAsync(IServiceProvider services, Instant slot, CancellationToken ct);
}
