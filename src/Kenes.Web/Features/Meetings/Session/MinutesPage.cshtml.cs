using Kenes.Domain.Calendar;
using Kenes.Domain.Meetings;
using Kenes.Infrastructure.Time;
using Kenes.Web.Features.Calendar;
using Kenes.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using NodaTime;

namespace Kenes.Web.Features.Meetings.Session;

/// <summary>
/// The minutes: drafts (DOCX to edit, PDF to sign; kk and ru), the presiding member's signature with the password
/// (M10), the M12.5 deadline and the copies sent to the members, late distribution flagged.
/// </summary>
[Authorize]
public sealed class MinutesPageModel(SessionLoader loader, MinutesService minutes, IClock clock, CalendarSource calendars, IStringLocalizer<Texts> texts) : PageModel
{
    public SessionState? S { get; private set; }

    public string? Error { get; private set; }

    public string? Done { get; private set; }

    public Deadline? Deadline { get; private set; }

    public bool Late { get; private set; }

    public IReadOnlyList<DeliveryView> Deliveries { get; private set; } = [];

    [BindProperty]
    public string? Password { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? done, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Done = done is "signed" or "distributed" ? done : null;
        return Page();
    }

    public async Task<IActionResult> OnPostSignAsync(Guid id, CancellationToken ct)
    {
        var s = await loader.LoadAsync(id, ct);
        if (s is null)
        {
            return NotFound();
        }

        var result = await minutes.SignAsync(s, Password, ct);
        Password = null;
        return result.Ok ? RedirectToPage(new { id, done = "signed" }) : await RefusedAsync(id, result, ct);
    }

    public async Task<IActionResult> OnPostDistributeAsync(Guid id, CancellationToken ct)
    {
        var s = await loader.LoadAsync(id, ct);
        if (s is null)
        {
            return NotFound();
        }

        var (result, _) = await minutes.DistributeAsync(s, $"{Request.Scheme}://{Request.Host}", ct);
        return result.Ok ? RedirectToPage(new { id, done = "distributed" }) : await RefusedAsync(id, result, ct);
    }

    private async Task<IActionResult> RefusedAsync(Guid id, SessionResult result, CancellationToken ct)
    {
        Error = texts.Message(result) ?? texts["session.refused"].Value;
        ModelState.Clear();
        await LoadAsync(id, ct);
        Response.StatusCode = result.Status == SessionStatus.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        S = await loader.LoadAsync(id, ct, tracking: false);
        if (S is null)
        {
            return false;
        }

        Deliveries = await minutes.DeliveriesAsync(id, ct);
        if (S.Meeting.MinutesSignedAt is { } signed)
        {
            Deadline = MinutesDistributionDeadline.For(await calendars.GetAsync(ct), signed.InZone(ClockServiceCollectionExtensions.Almaty).Date);
            Late = MinutesService.IsLate(clock.TodayInAlmaty(), S.Meeting, Deliveries, S);
        }

        return true;
    }
}
