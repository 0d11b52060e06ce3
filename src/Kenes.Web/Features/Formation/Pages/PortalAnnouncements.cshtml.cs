using Kenes.Infrastructure.Persistence;
using Kenes.Infrastructure.Time;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Kenes.Web.Features.Formation.Pages;

/// <summary>R6: the public list of published announcements, open ones first.</summary>
public sealed class PortalAnnouncementsModel(KenesDbContext db, IClock clock) : PageModel
{
    public IReadOnlyList<Announcement> Announcements { get; private set; } = [];

    public LocalDate Today { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = clock.TodayInAlmaty();
        Announcements = await db.Announcements.AsNoTracking().Include(a => a.Council!).ThenInclude(c => c.StateBody)
            .Where(a => a.Status == AnnouncementStatus.Published)
            .OrderByDescending(a => a.PublishedAt).Take(200).ToListAsync(ct);
    }
}
