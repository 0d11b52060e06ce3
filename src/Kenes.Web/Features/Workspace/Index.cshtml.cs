using Kenes.Infrastructure.Persistence;
using Kenes.Infrastructure.Time;
using Kenes.Web.Features.Account;
using Kenes.Web.Features.Councils;
using Kenes.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Kenes.Web.Features.Workspace;

/// <summary>The signed-in start page: who I am, my state body, the councils I may see.</summary>
[Authorize]
public sealed class IndexModel(KenesDbContext db, CurrentUser user, IClock clock, IDataProtectionProvider protection) : PageModel
{
    public string FullName => user.FullName;

    public bool CanCreate => user.IsInRole(Kenes.Infrastructure.Identity.Roles.StateBodyOfficer) || user.IsInRole(Kenes.Infrastructure.Identity.Roles.Administrator);

    public IReadOnlyList<string> Roles { get; private set; } = [];

    public string? StateBodyName { get; private set; }

    /// <summary>Null for users who are not staff (members, applicants): their pages come with later features.</summary>
    public IReadOnlyList<Council>? Councils { get; private set; }

    /// <summary>The meetings of the councils this user sits on (today and later), for members.</summary>
    public IReadOnlyList<Meeting> MyMeetings { get; private set; } = [];

    public string? CalendarFeed { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Roles = user.RoleNames.ToList();
        if (user.IsNationwide || user.StateBodyId is not null)
        {
            Councils = await db.Councils.AsNoTracking().Include(c => c.StateBody).VisibleTo(user)
                .OrderBy(c => c.StateBody!.Code).ToListAsync(ct);
        }

        // The body's name comes with its councils; a separate query only when the body has none yet.
        if (user.StateBodyId is { } id)
        {
            var body = (Councils ?? []).Select(c => c.StateBody).FirstOrDefault(b => b?.Id == id)
                ?? await db.StateBodies.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, ct);
            StateBodyName = body is null ? null : Cultures.Pick(body.NameKk, body.NameRu, body.NameEn);
        }

        if (user.Id is { } me)
        {
            var memberOf = await db.CompositionMembers.AsNoTracking()
                .Where(m => m.UserId == me && m.ApprovedByOrderId != null && m.RemovedByOrderId == null)
                .Select(m => m.CouncilId).ToListAsync(ct);
            if (memberOf.Count > 0)
            {
                var today = clock.TodayInAlmaty();
                MyMeetings = await db.Meetings.AsNoTracking().Include(m => m.Council)
                    .Where(m => memberOf.Contains(m.CouncilId) && m.Date >= today && m.Status != MeetingStatus.Cancelled)
                    .OrderBy(m => m.Date).ThenBy(m => m.StartsAt).Take(20).ToListAsync(ct);
                CalendarFeed = Meetings.Planning.PlanningLinks.CalendarFeed(protection, me);
            }
        }
    }
}
