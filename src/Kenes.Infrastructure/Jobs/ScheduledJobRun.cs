using NodaTime;

namespace Kenes.Infrastructure.Jobs;

/// <summary>
/// One run of a scheduled job for one time slot. The unique key (Job, Slot) is the scheduler's
/// clustered store: every node tries to insert the row when a slot begins, the database lets exactly
/// one succeed, and only that node runs the job (ADR 0011).
/// </summary>
public sealed class ScheduledJobRun
{
    public long Id { get; set; }
    public string Job { get; set; } = "";
    public Instant Slot { get; set; }
    public string Node { get; set; } = "";
    public Instant StartedAt { get; set; }
    public Instant? FinishedAt { get; set; }

    /// <summary>"ok: …" with what the job did, or "failed: …" with the error.</summary>
    public string? Outcome { get; set; }
}
