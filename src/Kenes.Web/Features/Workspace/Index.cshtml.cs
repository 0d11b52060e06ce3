using Kenes.Infrastructure.Persistence;
using Kenes.Infrastructure.Time;
using Kenes.Web.Features.Account;
using Kenes.Web.Features.Councils;
using Kenes.Web.Hosting;
using Kenes.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Kenes.Web.Features.Workspace;

/// <summary>The signed-in start page: who I am, my state body, the councils I may see.</summary>
[Authorize]
public sealed class IndexModel(
    KenesDbContext db, CurrentUser user, IClock clock, IDataProtectionProvider protection, StaffPageCache<IndexModel.Reader, IndexModel.Reading> copies)
    : PageModel
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

    /// <summary>Who is asking, as far as what the page reads depends on it.</summary>
    public sealed record Reader(Guid? UserId, Guid? StateBodyId, bool Nationwide, LocalDate Today);

    /// <summary>What the page reads for one <see cref="Reader"/>.</summary>
    public sealed record Reading(List<Council>? Councils, StateBody? Body, List<Meeting> MyMeetings, bool IsMember);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Roles = user.RoleNames.ToList();
        // The node's copy between changes (ADR 0013), one per reader and day.
        var reader = new Reader(user.Id, user.StateBodyId, user.IsNationwide, clock.TodayInAlmaty());
        var reading = await copies.GetAsync(reader, token => ReadAsync(reader, token), ct);
        Councils = reading.Councils;
        StateBodyName = reading.Body is { } body ? Cultures.Pick(body.NameKk, body.NameRu, body.NameEn) : null;
        MyMeetings = reading.MyMeetings;
        if (reading.IsMember)
        {
            CalendarFeed = Meetings.Planning.PlanningLinks.CalendarFeed(protection, user.Id!.Value);
        }
    }

    private async Task<Reading> ReadAsync(Reader reader, CancellationToken ct)
    {
        List<Council>? councils = null;
        if (reader.Nationwide || reader.StateBodyId is not null)
        {
            councils = await db.Councils.AsNoTracking().Include(c => c.StateBody).VisibleTo(user)
                .OrderBy(c => c.StateBody!.Code).ToListAsync(ct);
        }

        // The body's name comes with its councils; a separate query only when the body has none yet.
        StateBody? body = null;
        if (reader.StateBodyId is { } id)
        {
            body = (councils ?? []).Select(c => c.StateBody).FirstOrDefault(b => b?.Id == id)
                ?? await db.StateBodies.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, ct);
        }

        List<Meeting> meetings = [];
        var member = false;
        if (reader.UserId is { } me)
        {
            var memberOf = await db.CompositionMembers.AsNoTracking()
                .Where(m => m.UserId == me && m.ApprovedByOrderId != null && m.RemovedByOrderId == null)
                .Select(m => m.CouncilId).ToListAsync(ct);
            member = memberOf.Count > 0;
            if (member)
            {
                meetings = await db.Meetings.AsNoTracking().Include(m => m.Council)
                    .Where(m => memberOf.Contains(m.CouncilId) && m.Date >= reader.Today && m.Status != MeetingStatus.Cancelled)
                    .OrderBy(m => m.Date).ThenBy(m => m.StartsAt).Take(20).ToListAsync(ct);
            }
        }

        return new Reading(councils, body, meetings, member);
    }
}
