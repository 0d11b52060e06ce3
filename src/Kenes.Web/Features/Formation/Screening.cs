using Kenes.Domain.Formation;
using Kenes.Domain.Law;
using Kenes.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Kenes.Web.Features.Formation;

/// <summary>
/// R10: the HR service admits or rejects each application with a reason. Two officers deciding the
/// same application at once: the first decision wins, the second is told (optimistic version).
/// </summary>
[Implements("R10")]
public sealed class Screening(KenesDbContext db, IClock clock)
{
    public enum Outcome { Decided, Invalid, Conflict, AlreadyDecided }

    /// <summary>The decision that won, as the losing officer is told it: who, what, why.</summary>
    public sealed record Decision(string DecidedBy, ApplicationStatus Status, string? Reason, Guid Version);

    /// <summary>Read fresh from the database (not the tracked copy that lost), for the conflict message.</summary>
    public async Task<Decision?> CurrentDecisionAsync(Guid applicationId, CancellationToken ct)
    {
        var now = await db.Applications.AsNoTracking().Where(a => a.Id == applicationId)
            .Select(a => new { a.Status, a.DecisionReason, a.DecidedBy, a.Version }).FirstOrDefaultAsync(ct);
        if (now is null)
        {
            return null;
        }

        var name = now.DecidedBy is { } by
            ? await db.Users.AsNoTracking().Where(u => u.Id == by).Select(u => u.FullName).FirstOrDefaultAsync(ct)
            : null;
        return new Decision(name ?? "—", now.Status, now.DecisionReason, now.Version);
    }

    public async Task<(Outcome Outcome, FieldViolation? Violation)> DecideAsync(
        CouncilApplication application, bool admit, string? reason, Guid expectedVersion, Guid? userId, CancellationToken ct)
    {
        if (ScreeningRules.ValidateDecision(admit, reason) is { } violation)
        {
            return (Outcome.Invalid, violation);
        }

        if (application.Version != expectedVersion)
        {
            return (Outcome.Conflict, null);
        }

        if (application.Status is not ApplicationStatus.Submitted)
        {
            return (Outcome.AlreadyDecided, null);
        }

        application.Status = admit ? ApplicationStatus.Admitted : ApplicationStatus.Rejected;
        application.DecisionReason = ScreeningRules.RecordedReason(admit, reason);
        application.DecidedBy = userId;
        application.DecidedAt = clock.GetCurrentInstant();
        application.Version = Guid.NewGuid();
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetCurrentInstant(),
            UserId = userId,
            Action = admit ? "application.admit" : "application.reject",
            Subject = application.ReceiptNumber,
            Details = application.DecisionReason,
        });
        try
        {
            await db.SaveChangesAsync(ct);
            return (Outcome.Decided, null);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return (Outcome.Conflict, null);
        }
    }
}
