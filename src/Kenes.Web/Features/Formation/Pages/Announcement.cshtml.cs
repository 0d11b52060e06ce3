using Kenes.Infrastructure.Persistence;
using Kenes.Infrastructure.Time;
using Kenes.Web.Features.Account;
using Kenes.Web.Features.Calendar;
using Kenes.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using NodaTime;

namespace Kenes.Web.Features.Formation.Pages;

/// <summary>The officer's view of one announcement: deadlines with explanations, edit or correct, publish.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class AnnouncementModel(
    KenesDbContext db, CurrentUser user, Announcements announcements, CalendarSource calendars, IClock clock, IStringLocalizer<Texts> texts) : PageModel
{
    [BindProperty]
    public AnnouncementInput Input { get; set; } = new();

    public Announcement Announcement { get; private set; } = null!;

    public AnnouncementDeadlines Deadlines { get; private set; } = null!;

    public bool CanManage => user.CanManage(Announcement.Council!.StateBodyId);

    public bool CanScreen => user.CanScreen(Announcement.Council!.StateBodyId);

    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? done, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input = AnnouncementInput.From(Announcement);
        Notice = done is "saved" or "published" ? texts[$"announcement.{done}"].Value : null;
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!CanManage)
        {
            return Forbid();
        }

        var outcome = await announcements.UpdateAsync(Announcement, Input.ToDraft(), Input.Version, Input.Reason, user.Id, ct);
        if (outcome.Conflict)
        {
            ModelState.AddModelError(string.Empty, texts["council.conflict"]);
            return Page();
        }

        if (!outcome.Ok)
        {
            Input.AddErrors(ModelState, outcome.Violations, texts);
            return Page();
        }

        return Redirect($"/announcements/{id}?done=saved");
    }

    public async Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!CanManage)
        {
            return Forbid();
        }

        var outcome = await announcements.PublishAsync(Announcement, Input.Version, user.Id, ct);
        if (outcome.Conflict)
        {
            Input = AnnouncementInput.From(Announcement);
            ModelState.AddModelError(string.Empty, texts["council.conflict"]);
            return Page();
        }

        return Redirect($"/announcements/{id}?done=published");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var announcement = await db.FindAnnouncementAsync(id, user, ct);
        if (announcement is null)
        {
            return false;
        }

        Announcement = announcement;
        Deadlines = AnnouncementDeadlines.For(await calendars.GetAsync(ct), announcement, clock.TodayInAlmaty());
        return true;
    }
}
