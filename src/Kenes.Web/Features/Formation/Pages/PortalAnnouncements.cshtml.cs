using Kenes.Infrastructure.Persistence;
using Kenes.Infrastructure.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Kenes.Web.Features.Formation.Pages;

/// <summary>R6: the public list of published announcements, open ones first.</summary>
public sealed class PortalAnnouncementsModel(KenesDbContext db, IClock clock) : PageModel
{
    public Paged<Announcement> Announcements { get; private set; } = new([], PageRequest.From(null, null), 0);

    public LocalDate Today { get; private set; }

    public async Task OnGetAsync([FromQuery(Name = "page")] int? pageNumber, int? pageSize, CancellationToken ct)
    {
        Today = clock.TodayInAlmaty();
        Announcements = await db.PublishedAnnouncementsAsync(PageRequest.From(pageNumber, pageSize), withRevisions: false, ct);
    }
}
