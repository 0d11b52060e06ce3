using Kenes.Infrastructure.Persistence;
using Kenes.Infrastructure.Time;
using Kenes.Web.Features.Calendar;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;

namespace Kenes.Web.Features.Formation.Pages;

/// <summary>R7: one published announcement as the public sees it, with every correction.</summary>
public sealed class PortalAnnouncementModel(KenesDbContext db, CalendarSource calendars, IClock clock) : PageModel
{
    public Announcement Announcement { get; private set; } = null!;

    public AnnouncementDeadlines Deadlines { get; private set; } = null!;

    public bool Open { get; private set; }

    public async Task<IActionResult> OnGetAsync(string number, CancellationToken ct)
    {
        var announcement = await db.FindPublishedAsync(number, ct);
        if (announcement is null)
        {
            return NotFound();
        }

        Announcement = announcement;
        var today = clock.TodayInAlmaty();
        Deadlines = AnnouncementDeadlines.For(await calendars.GetAsync(ct), announcement, today);
        Open = today <= announcement.SubmissionDeadline;
        return Page();
    }
}
