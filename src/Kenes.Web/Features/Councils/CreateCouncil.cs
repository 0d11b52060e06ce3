using Kenes.Domain.Formation;
using Kenes.Domain.Law;
using Kenes.Infrastructure.Persistence;
using NodaTime;

namespace Kenes.Web.Features.Councils;

/// <summary>
/// R3, R4: "The state body creates a sectoral council for a sectoral direction" — a council belongs to
/// one state body and one direction, named in the three languages; M6: the state body sets the seats.
/// </summary>
[Implements("R3")]
public sealed class CreateCouncil(KenesDbContext db, IClock clock)
{
    public sealed record Input(string? DirectionKk, string? DirectionRu, string? DirectionEn, int? Seats);

    public async Task<(Council? Council, IReadOnlyList<FieldViolation> Violations)> HandleAsync(
        Guid stateBodyId, Input input, Guid? userId, CancellationToken ct)
    {
        // The direction is checked with the announcement's rule (R7.1 names it the same way).
        var violations = AnnouncementRules.Validate(new AnnouncementDraft(
                input.DirectionKk ?? "", input.DirectionRu ?? "", input.DirectionEn ?? "", "-", "-", "-", "-", "council@example.kz"))
            .Where(v => v.Field.StartsWith("direction", StringComparison.Ordinal))
            .Select(v => v with { Norm = Norms.Get("R4") })
            .ToList();
        if (input.Seats is not { } seats || seats < SetSeats.MinSeats || seats > SetSeats.MaxSeats)
        {
            violations.Add(new FieldViolation(Norms.Get("M6"), "seats", "council.seats_range",
                $"M6: the number of members must be between {SetSeats.MinSeats} and {SetSeats.MaxSeats}."));
        }

        if (violations.Count > 0)
        {
            return (null, violations);
        }

        var council = new Council
        {
            Id = Guid.NewGuid(),
            StateBodyId = stateBodyId,
            DirectionKk = input.DirectionKk!.Trim(),
            DirectionRu = input.DirectionRu!.Trim(),
            DirectionEn = input.DirectionEn!.Trim(),
            Seats = input.Seats!.Value,
            Status = CouncilStatus.Forming,
            CreatedAt = clock.GetCurrentInstant(),
            Version = Guid.NewGuid(),
        };
        db.Councils.Add(council);
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetCurrentInstant(),
            UserId = userId,
            Action = "council.create",
            Subject = council.Id.ToString(),
            Details = council.DirectionRu,
        });
        await db.SaveChangesAsync(ct);
        return (council, []);
    }
}
