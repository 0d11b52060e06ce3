using NodaTime;

namespace Kenes.Infrastructure.Persistence;

/// <summary>Who did what, when: kept for every change an administrator or officer makes.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public Instant At { get; set; }
    public Guid? UserId { get; set; }
    public string Action { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Details { get; set; } = "";
}
