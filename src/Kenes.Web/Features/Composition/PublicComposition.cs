using Kenes.Domain.Formation;
using Kenes.Infrastructure.Persistence;
using Kenes.Infrastructure.Time;
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
    public static async Task<IReadOnlyList<PublicComposition>> LoadAllAsync(KenesDbContext db, IClock clock, Guid? councilId, CancellationToken ct)
    {
        var councils = db.Councils.AsNoTracking().Include(c => c.StateBody).AsQueryable();
        var members = db.CompositionMembers.AsNoTracking().Where(m => m.ApprovedByOrderId != null && m.RemovedByOrderId == null);
        var orders = db.ApprovalOrders.AsNoTracking();
        if (councilId is { } only)
        {
            councils = councils.Where(c => c.Id == only);
            members = members.Where(m => m.CouncilId == only);
            orders = orders.Where(o => o.CouncilId == only);
        }

        var councilList = await councils.ToListAsync(ct);
        var memberRows = await members
            .Select(m => new { m.CouncilId, m.Id, m.FullName, m.Organization, m.Position, m.Category, m.IsDeputyChair, m.AddedAt })
            .ToListAsync(ct);
        var orderList = await orders.ToListAsync(ct);
        var today = clock.TodayInAlmaty();

        return councilList
            .OrderBy(c => c.StateBody!.Code, StringComparer.Ordinal).ThenBy(c => c.DirectionEn, StringComparer.Ordinal)
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
