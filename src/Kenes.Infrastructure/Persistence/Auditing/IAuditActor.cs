namespace Kenes.Infrastructure.Persistence.Auditing;

/// <summary>
/// Who is making the change being saved: the signed-in user of the request, or null for a scheduled job,
/// the demo seeder or a start-up step. The web host supplies it; the audit interceptor reads it.
/// </summary>
public interface IAuditActor
{
    Guid? UserId { get; }
}

/// <summary>No user: start-up, jobs and tools that save outside a request.</summary>
public sealed class NoAuditActor : IAuditActor
{
    public Guid? UserId => null;
}
