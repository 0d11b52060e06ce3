using Kenes.Infrastructure.Persistence;
using Kenes.Web.Features.Account;
using Kenes.Web.Features.Councils;
using Microsoft.EntityFrameworkCore;

namespace Kenes.Web.Features.Formation;

/// <summary>Loads formation records only when the caller's state body owns them (else null → 404).</summary>
public static class FormationQueries
{
    /// <summary>
    /// The announcement when the user may see its council, else null. Visibility is checked on the loaded
    /// council, not inside the query: a filter built from the context and the user inside the lambda is
    /// re-evaluated (compiled) by EF Core on every call, which cost more than the query (issue #6).
    /// </summary>
    public static async Task<Announcement?> FindAnnouncementAsync(this KenesDbContext db, Guid id, CurrentUser user, CancellationToken ct)
    {
        var announcement = await db.Announcements.Include(a => a.Council!).ThenInclude(c => c.StateBody).Include(a => a.Revisions)
            .AsSplitQuery().FirstOrDefaultAsync(a => a.Id == id, ct);
        return Visible(announcement, user);
    }

    private static Announcement? Visible(Announcement? announcement, CurrentUser user) =>
        announcement is not null && user.CanSee(announcement.Council!.StateBodyId) ? announcement : null;

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

    /// <summary>The application when the user may see its council, else null (checked as in <see cref="FindAnnouncementAsync"/>).</summary>
    public static async Task<CouncilApplication?> FindApplicationAsync(this KenesDbContext db, Guid id, CurrentUser user, CancellationToken ct)
    {
        var application = await db.Applications.Include(a => a.Documents).Include(a => a.Announcement!).ThenInclude(a => a.Council!).ThenInclude(c => c.StateBody)
            .FirstOrDefaultAsync(a => a.Id == id, ct);
        return application is not null && user.CanSee(application.Announcement!.Council!.StateBodyId) ? application : null;
    }

    /// <summary>
    /// Law "On personal data and their protection": every read of an applicant's form or document is
    /// recorded with who read what, and saved before the content is sent.
    /// </summary>
    public static Task LogPersonalDataReadAsync(this KenesDbContext db, CurrentUser user, NodaTime.Instant at, string action,
        CouncilApplication application, Guid item, CancellationToken ct)
    {
        db.AuditEntries.Add(new AuditEntry { At = at, UserId = user.Id, Action = action, Subject = application.ReceiptNumber, Details = item.ToString() });
        return db.SaveChangesAsync(ct);
    }

    /// <summary>HR officers and administrators screen; officers and observers may read.</summary>
    public static bool CanScreen(this CurrentUser user, Guid stateBodyId) =>
        user.IsInRole(Kenes.Infrastructure.Identity.Roles.Administrator)
        || (user.IsInRole(Kenes.Infrastructure.Identity.Roles.HrOfficer) && user.StateBodyId == stateBodyId);
}
