using Kenes.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Kenes.Web.Features.Meetings.Planning.Pages;

/// <summary>
/// A user's own calendar feed: the notified meetings of every council where they sit in office, and
/// every meeting of the councils they are secretary of. Open by its token (calendar apps cannot sign
/// in); an unknown token is a 404, never a hint.
/// </summary>
[AllowAnonymous]
public sealed class FeedModel(KenesDbContext db, IDataProtectionProvider protection, IClock clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        if (PlanningLinks.FeedUser(protection, token) is not { } userId)
        {
            return NotFound();
        }

        var memberOf = db.CompositionMembers.Where(m => m.UserId == userId && m.ApprovedByOrderId != null && m.RemovedByOrderId == null).Select(m => m.CouncilId);
        var secretaryOf = db.Councils.Where(c => c.SecretaryUserId == userId).Select(c => c.Id);
        var meetings = await db.Meetings.AsNoTracking().Include(m => m.Council).ThenInclude(c => c!.StateBody).Include(m => m.Items)
            .Where(m => secretaryOf.Contains(m.CouncilId) || (memberOf.Contains(m.CouncilId) && m.NoticeSentOn != null))
            .OrderBy(m => m.Date).AsSplitQuery().ToListAsync(ct);
        var ics = MeetingInvitation.Feed(meetings.Select(m => (m, m.Council!)), PlanningLinks.BaseUrl(Request), clock.GetCurrentInstant());
        Response.Headers.CacheControl = "private, max-age=300";
        return Content(ics, MeetingInvitation.ContentType);
    }
}
