using Kenes.Domain.Formation;
using Kenes.Infrastructure.Persistence;
using Kenes.Infrastructure.Time;
using Kenes.Web.Features;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Kenes.Web.Features.Composition;

/// <summary>
/// R11: what is published about a council — its phase, the latest approval order, the term and
/// the members in office. Never e-mails or account links: the portal and open data carry no
/// personal contact data.
/// </summary>
public sealed record PublicComposition(
    Council Council,
    CouncilPhase Phase,
    ApprovalOrder? Order,
    IReadOnlyList<ApprovalOrder> Orders,
    CouncilTerm? Term,
    IReadOnlyList<PublicComposition.Member> Members)
{
    public sealed record Member(Guid Id, string FullName, string Organization, string Position, MemberCategory Category, bool DeputyChair);

    /// <summary>Every council at once, in three queries whatever their number (the portal is the busiest page).</summary>
    /// <summary>One council as published, or null when there is no such council.</summary>
    public static async Task<PublicComposition?> LoadOneAsync(KenesDbContext db, IClock clock, Guid councilId, CancellationToken ct)
    {
        var council = await db.Councils.AsNoTracking().Include(c => c.StateBody).FirstOrDefaultAsync(c => c.Id == councilId, ct);
        return council is null ? null : (await ComposeAsync(db, clock, [council], ct))[0];
    }

    /// <summary>
    /// One page of councils, ordered by state body code and direction in the database, with only that
    /// page's members and orders: three queries whatever the number of councils or years of history.
    /// </summary>
    /// <param name="withMembers">The JSON lists every member; the portal's list page shows none, so it skips them.</param>
    public static async Task<Paged<PublicComposition>> LoadPageAsync(KenesDbContext db, IClock clock, PageRequest page, CancellationToken ct, bool withMembers = true)
    {
        var councils = db.Councils.AsNoTracking();
        var total = await councils.CountAsync(ct);
        var list = await councils.Include(c => c.StateBody)
            .OrderBy(c => c.StateBody!.Code).ThenBy(c => c.DirectionEn).ThenBy(c => c.Id)
            .Skip(page.Skip).Take(page.Size).ToListAsync(ct);
        return new Paged<PublicComposition>(await ComposeAsync(db, clock, list, ct, withMembers), page, total);
    }

    private static async Task<IReadOnlyList<PublicComposition>> ComposeAsync(KenesDbContext db, IClock clock, List<Council> councils, CancellationToken ct, bool withMembers = true)
    {
        var ids = councils.Select(c => c.Id).ToList();
        var memberRows = !withMembers ? [] : await db.CompositionMembers.AsNoTracking()
            .Where(m => ids.Contains(m.CouncilId) && m.ApprovedByOrderId != null && m.RemovedByOrderId == null)
            .Select(m => new { m.CouncilId, m.Id, m.FullName, m.Organization, m.Position, m.Category, m.IsDeputyChair, m.AddedAt })
            .ToListAsync(ct);
        var orderList = await db.ApprovalOrders.AsNoTracking().Where(o => ids.Contains(o.CouncilId)).ToListAsync(ct);
        var today = clock.TodayInAlmaty();

        return councils
            .Select(c =>
            {
                var term = CompositionReader.TermOf(c);
                var own = orderList.Where(o => o.CouncilId == c.Id).OrderBy(o => o.Date).ThenBy(o => o.RecordedAt).ToList();
                var list = memberRows.Where(m => m.CouncilId == c.Id)
                    .OrderByDescending(m => m.IsDeputyChair).ThenBy(m => m.Category).ThenBy(m => m.AddedAt)
                    .Select(m => new Member(m.Id, m.FullName, m.Organization, m.Position, m.Category, m.IsDeputyChair))
                    .ToList();
                return new PublicComposition(c, CouncilLifecycle.PhaseOn(today, term), own.LastOrDefault(), own, term, list);
            })
            .ToList();
    }
}
