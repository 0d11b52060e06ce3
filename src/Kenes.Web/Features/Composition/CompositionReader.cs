using Kenes.Domain.Formation;
using Kenes.Infrastructure.Identity;
using Kenes.Infrastructure.Persistence;
using Kenes.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Kenes.Web.Features.Composition;

/// <summary>Loads a <see cref="CompositionSnapshot"/>; "today" is read once here, at the edge (DESIGN.md §3).</summary>
public sealed class CompositionReader(KenesDbContext db, IClock clock)
{
    /// <summary>The audit action that records the officer's choice to renew after the R4 warning.</summary>
    public const string RenewalIntentAction = "composition.renewal_intent";

    /// <summary>The audit action of every approval order; a renewal intent counts only after the last one.</summary>
    public const string ApprovedAction = "composition.approve";

    public async Task<CompositionSnapshot> LoadAsync(Council council, CancellationToken ct)
    {
        var members = await db.CompositionMembers.Where(m => m.CouncilId == council.Id).ToListAsync(ct);
        var orders = await db.ApprovalOrders.AsNoTracking().Where(o => o.CouncilId == council.Id).ToListAsync(ct);
        var secretaries = await SecretaryCandidatesAsync(council.StateBodyId, ct);
        var secretaryName = council.SecretaryUserId is { } sid
            ? secretaries.FirstOrDefault(s => s.UserId == sid)?.FullName
                ?? await db.Users.Where(u => u.Id == sid).Select(u => u.FullName).FirstOrDefaultAsync(ct)
            : null;

        // Sorted in memory: Instant and LocalDate are stored through converters, and the two
        // engines order converted columns differently; the lists are small.
        orders = orders.OrderBy(o => o.Date).ThenBy(o => o.RecordedAt).ToList();
        members = members.OrderBy(m => m.AddedAt).ThenBy(m => m.FullName, StringComparer.Ordinal).ToList();

        // Ordered by the audit row's id, not its time: two entries can carry the same instant.
        var subject = council.Id.ToString();
        var marks = await db.AuditEntries.AsNoTracking()
            .Where(a => a.Subject == subject && (a.Action == RenewalIntentAction || a.Action == ApprovedAction))
            .Select(a => new { a.Id, a.Action }).ToListAsync(ct);
        var lastApproval = marks.Where(a => a.Action == ApprovedAction).Select(a => a.Id).DefaultIfEmpty(0).Max();
        var intent = orders.Count > 0 && marks.Any(a => a.Action == RenewalIntentAction && a.Id > lastApproval);

        var today = clock.TodayInAlmaty();
        var term = TermOf(council);
        return new CompositionSnapshot
        {
            Council = council,
            Members = members,
            Orders = orders,
            SecretaryCandidates = secretaries,
            SecretaryName = secretaryName,
            Today = today,
            Term = term,
            Phase = CouncilLifecycle.PhaseOn(today, term),
            RenewalIntent = intent,
        };
    }

    /// <summary>R4: the stored term is the one the last Initial or Renewal order started.</summary>
    public static CouncilTerm? TermOf(Council council) =>
        council.TermStarts is { } starts ? CouncilTerm.FromOrder(starts) : null;

    public async Task<IReadOnlyList<SecretaryCandidate>> SecretaryCandidatesAsync(Guid stateBodyId, CancellationToken ct)
    {
        var list = await (
            from u in db.Users
            where u.StateBodyId == stateBodyId
            join ur in db.UserRoles on u.Id equals ur.UserId
            join r in db.Roles on ur.RoleId equals r.Id
            where r.Name == Roles.Secretary
            select new SecretaryCandidate(u.Id, u.FullName)).ToListAsync(ct);
        return list.OrderBy(s => s.FullName, StringComparer.Ordinal).ToList();
    }
}
