using Kenes.Domain.Calendar;
using Kenes.Domain.Formation;
using Kenes.Infrastructure.Persistence;
using Kenes.Infrastructure.Time;
using Kenes.Web.Features.Account;
using Kenes.Web.Features.Calendar;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Kenes.Web.Features.Formation.Pages;

/// <summary>R10: the HR officer's queue for one announcement, with the screening deadline counting down.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ScreeningQueueModel(KenesDbContext db, CurrentUser user, CalendarSource calendars, IClock clock) : PageModel
{
    public Announcement Announcement { get; private set; } = null!;

    public IReadOnlyList<QueueRow> Applications { get; private set; } = [];

    /// <summary>What a line of the queue shows; the rest of an application (consent text, contacts) stays in the database.</summary>
    public sealed record QueueRow(Guid Id, string ReceiptNumber, string Surname, string FirstName, string? Patronymic,
        bool IndependentExpert, string? Organization, ApplicationChannel Channel, LocalDate ReceivedOn, bool Late, ApplicationStatus Status)
    {
        public string FullName => CouncilApplication.JoinName(Surname, FirstName, Patronymic);
    }

    public Deadline ScreeningDeadline { get; private set; } = null!;

    /// <summary>Working days left until the R10 deadline (0 on the last day, negative when overdue).</summary>
    public int WorkingDaysLeft { get; private set; }

    public bool Overdue { get; private set; }

    public bool CanScreen => user.CanScreen(Announcement.Council!.StateBodyId);

    /// <summary>Compiled once: the queue is the HR officer's most-viewed page (issue #6).</summary>
    private static readonly PerProvider<Func<KenesDbContext, Guid, IAsyncEnumerable<QueueRow>>> QueueOf = new(() => EF.CompileAsyncQuery(
        (KenesDbContext db, Guid id) => db.Applications.AsNoTracking()
            .Where(a => a.AnnouncementId == id).OrderBy(a => a.ReceivedAt)
            .Select(a => new QueueRow(a.Id, a.ReceiptNumber, a.Surname, a.FirstName, a.Patronymic, a.IndependentExpert, a.Organization,
                a.Channel, a.ReceivedOn, a.Late, a.Status))));

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var announcement = await db.FindAnnouncementHeaderAsync(id, user, ct);
        if (announcement is null || announcement.Status != AnnouncementStatus.Published)
        {
            return NotFound();
        }

        Announcement = announcement;
        // The queue shows no documents; they open from each application's page.
        Applications = await QueueOf.For(db)(db, id).ToListAsync(ct);
        var calendar = await calendars.GetAsync(ct);
        var today = clock.TodayInAlmaty();
        (_, ScreeningDeadline) = AnnouncementRules.Deadlines(calendar, announcement.PublishedOn!.Value);
        WorkingDaysLeft = calendar.CountWorkingDays(today, ScreeningDeadline.Date);
        var pending = Applications.Any(a => a.Status == ApplicationStatus.Submitted);
        Overdue = pending && ScreeningRules.IsOverdue(today, ScreeningDeadline);
        return Page();
    }
}
