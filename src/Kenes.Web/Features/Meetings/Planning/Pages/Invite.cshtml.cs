using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;

namespace Kenes.Web.Features.Meetings.Planning.Pages;

/// <summary>The meeting's iCalendar invitation (M12.4), for the staff of its state body and the members in office.</summary>
[Authorize]
public sealed class InviteModel(MeetingAccess access, IClock clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await access.MeetingAsync(id, tracking: false, ct) is not var (meeting, a))
        {
            return NotFound();
        }

        var ics = MeetingInvitation.Invite(meeting, a.Council, PlanningLinks.BaseUrl(Request), clock.GetCurrentInstant());
        Response.Headers.ContentDisposition = $"attachment; filename=\"meeting-{meeting.Number}.ics\"";
        return Content(ics, MeetingInvitation.ContentType);
    }
}
