using Kenes.Domain.Calendar;
using Kenes.Domain.Formation;
using Kenes.Infrastructure.Persistence;
using Kenes.Infrastructure.Time;
using Kenes.Web.Features.Account;
using Kenes.Web.Features.Calendar;
using Kenes.Web.Hosting;
using Kenes.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;

namespace Kenes.Web.Features.Formation.Pages;

/// <summary>R10: the HR officer's queue for one announcement, with the screening deadline counting down.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ScreeningQueueModel(
    KenesDbContext db, CurrentUser user, CalendarSource calendars, IClock clock, IStringLocalizer<Texts> texts, StaffPageCache<Guid, ScreeningQueueModel.QueueHeader?> copies)
    : PageModel
{
    private readonly Dictionary<ApplicationChannel, string> channelLabels = [];
    private readonly Dictionary<ApplicationStatus, string> statusLabels = [];

    public QueueHeader Announcement { get; private set; } = null!;

    public IReadOnlyList<QueueRow> Applications => Announcement.Rows;

    /// <summary>What a line of the queue shows; the rest of an application (consent text, contacts) stays in the database.</summary>
    public sealed record QueueRow(Guid Id, string ReceiptNumber, string Surname, string FirstName, string? Patronymic,
        bool IndependentExpert, string? Organization, ApplicationChannel Channel, LocalDate ReceivedOn, bool Late, ApplicationStatus Status)
    {
        public string FullName => CouncilApplication.JoinName(Surname, FirstName, Patronymic);
    }

    /// <summary>What the page shows of the announcement, with its queue: read in one statement (issue #6).</summary>
    public sealed record QueueHeader(Guid Id, string Number, AnnouncementStatus Status, LocalDate? PublishedOn, Guid StateBodyId, List<QueueRow> Rows);

    public Deadline ScreeningDeadline { get; private set; } = null!;

    /// <summary>Working days left until the R10 deadline (0 on the last day, negative when overdue).</summary>
    public int WorkingDaysLeft { get; private set; }

    public bool Overdue { get; private set; }

    public bool CanScreen => user.CanScreen(Announcement.StateBodyId);

    /// <summary>Compiled once: the queue is the HR officer's most-viewed page (issue #6). One statement for the
    /// announcement and its applications: on a database server a second round trip cost more than the rows.</summary>
    private static readonly PerProvider<Func<KenesDbContext, Guid, CancellationToken, Task<QueueHeader?>>> QueueOf = new(() => EF.CompileAsyncQuery(
        (KenesDbContext db, Guid id, CancellationToken ct) => db.Announcements.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new QueueHeader(a.Id, a.Number, a.Status, a.PublishedOn, a.Council!.StateBodyId,
                db.Applications.Where(x => x.AnnouncementId == a.Id).OrderBy(x => x.ReceivedAt)
                    .Select(x => new QueueRow(x.Id, x.ReceiptNumber, x.Surname, x.FirstName, x.Patronymic, x.IndependentExpert,
                        x.Organization, x.Channel, x.ReceivedOn, x.Late, x.Status))
                    .ToList()))
            .FirstOrDefault()));

    /// <summary>Each label looked up once per page rather than once per row (issue #6: ~70 rows).</summary>
    public string ChannelLabel(ApplicationChannel channel) =>
        channelLabels.TryGetValue(channel, out var label) ? label : channelLabels[channel] = texts[$"application.channel.{channel}"].Value;

    public string StatusLabel(ApplicationStatus status) =>
        statusLabels.TryGetValue(status, out var label) ? label : statusLabels[status] = texts[$"application.status.{status}"].Value;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        // The queue shows no documents; they open from each application's page.
        // The node's copy between changes (ADR 0013); the access check below is made for each request.
        var announcement = await copies.GetAsync(id, token => QueueOf.For(db)(db, id, token), ct);
        if (announcement is null || !user.CanSee(announcement.StateBodyId) || announcement.Status != AnnouncementStatus.Published)
        {
            return NotFound();
        }

        Announcement = announcement;
        var calendar = await calendars.GetAsync(ct);
        var today = clock.TodayInAlmaty();
        (_, ScreeningDeadline) = AnnouncementRules.Deadlines(calendar, announcement.PublishedOn!.Value);
        WorkingDaysLeft = calendar.CountWorkingDays(today, ScreeningDeadline.Date);
        var pending = Applications.Any(a => a.Status == ApplicationStatus.Submitted);
        Overdue = pending && ScreeningRules.IsOverdue(today, ScreeningDeadline);
        return Page();
    }
}
