using Kenes.Domain.Law;
using Kenes.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Kenes.Web.Features.Councils;

/// <summary>
/// M6: "The number of members is set by the sectoral state body." The officer sets it; the
/// composition (issue #4) may not exceed it.
/// </summary>
[Implements("M6")]
public sealed class SetSeats(KenesDbContext db, IClock clock)
{
    public const int MinSeats = 5;
    public const int MaxSeats = 100;

    public enum Outcome { Saved, Invalid, Conflict }

    public async Task<Outcome> HandleAsync(Council council, int seats, Guid expectedVersion, Guid? userId, CancellationToken ct)
    {
        if (seats is < MinSeats or > MaxSeats)
        {
            return Outcome.Invalid;
        }

        if (council.Version != expectedVersion)
        {
            return Outcome.Conflict;
        }

        var before = council.Seats;
        council.Seats = seats;
        council.Version = Guid.NewGuid();
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetCurrentInstant(),
            UserId = userId,
            Action = "council.seats",
            Subject = council.Id.ToString(),
            Details = $"{before} → {seats}",
        });
        try
        {
            await db.SaveChangesAsync(ct);
            return Outcome.Saved;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome.Conflict;
        }
    }
}
