using Kenes.Infrastructure.Persistence;
using Kenes.Web.Features.Account;
using Kenes.Web.Features.Councils;
using Microsoft.EntityFrameworkCore;

namespace Kenes.Web.Features.Formation;

/// <summary>Loads formation records only when the caller's state body owns them (else null → 404).</summary>
public static class FormationQueries
{
    public static Task<Announcement?> FindAnnouncementAsync(this KenesDbContext db, Guid id, CurrentUser user, CancellationToken ct) =>
        db.Announcements.Include(a => a.Council!).ThenInclude(c => c.StateBody).Include(a => a.Revisions)
            .Where(a => db.Councils.VisibleTo(user).Any(c => c.Id == a.CouncilId))
            .FirstOrDefaultAsync(a => a.Id == id, ct);

    public static Task<Announcement?> FindPublishedAsync(this KenesDbContext db, string number, CancellationToken ct) =>
        db.Announcements.AsNoTracking().Include(a => a.Council!).ThenInclude(c => c.StateBody).Include(a => a.Revisions)
            .FirstOrDefaultAsync(a => a.Number == number && a.Status == AnnouncementStatus.Published, ct);

    /// <summary>Published announcements, newest first, one page at a time (index Status, PublishedOn).</summary>
    public static async Task<Paged<Announcement>> PublishedAnnouncementsAsync(this KenesDbContext db, PageRequest page, bool withRevisions, CancellationToken ct)
    {
        var published = db.Announcements.AsNoTracking().Where(a => a.Status == AnnouncementStatus.Published);
        var total = await published.CountAsync(ct);
        var query = published.Include(a => a.Council!).ThenInclude(c => c.StateBody).AsQueryable();
        if (withRevisions)
        {
            query = query.Include(a => a.Revisions).AsSplitQuery();
        }

        var items = await query.OrderByDescending(a => a.PublishedOn).ThenByDescending(a => a.PublishedAt).ThenBy(a => a.Id)
            .Skip(page.Skip).Take(page.Size).ToListAsync(ct);
        return new Paged<Announcement>(items, page, total);
    }

    public static Task<CouncilApplication?> FindApplicationAsync(this KenesDbContext db, Guid id, CurrentUser user, CancellationToken ct) =>
        db.Applications.Include(a => a.Documents).Include(a => a.Announcement!).ThenInclude(a => a.Council!).ThenInclude(c => c.StateBody)
            .Where(a => db.Councils.VisibleTo(user).Any(c => c.Id == a.Announcement!.CouncilId))
            .FirstOrDefaultAsync(a => a.Id == id, ct);

    /// <summary>HR officers and administrators screen; officers and observers may read.</summary>
    public static bool CanScreen(this CurrentUser user, Guid stateBodyId) =>
        user.IsInRole(Kenes.Infrastructure.Identity.Roles.Administrator)
        || (user.IsInRole(Kenes.Infrastructure.Identity.Roles.HrOfficer) && user.StateBodyId == stateBodyId);
}
