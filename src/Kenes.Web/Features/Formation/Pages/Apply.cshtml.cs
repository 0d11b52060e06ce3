using Kenes.Infrastructure.Persistence;
using Kenes.Infrastructure.Time;
using Kenes.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;

namespace Kenes.Web.Features.Formation.Pages;

/// <summary>
/// R8, R9, F: the public application form. A failed submission stores nothing and keeps every field
/// the user typed (files must be chosen again: browsers never refill file inputs, and the page says so).
/// </summary>
[EnableRateLimiting(Hosting.RateLimits.SubmissionPolicy)]
[RequestSizeLimit(ApplicationIntake.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ApplicationIntake.MaxRequestBytes)]
public sealed class ApplyModel(KenesDbContext db, ApplicationIntake intake, IClock clock, IStringLocalizer<Texts> texts) : PageModel
{
    [BindProperty]
    public ApplicationInput Input { get; set; } = new();

    public Announcement Announcement { get; private set; } = null!;

    public bool Late { get; private set; }

    public async Task<IActionResult> OnGetAsync(string number, CancellationToken ct) =>
        await LoadAsync(number, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string number, List<IFormFile>? workExperience, List<IFormFile>? application, CancellationToken ct)
    {
        if (!await LoadAsync(number, ct))
        {
            return NotFound();
        }

        var submission = new ApplicationIntake.Submission(Input.ToForm(), ApplicationChannel.Online, null,
            await UploadedFile.ReadAsync(application, ct), await UploadedFile.ReadAsync(workExperience, ct), null);
        var result = await intake.SubmitAsync(Announcement, submission, ct);
        if (!result.Ok)
        {
            foreach (var v in result.Violations)
            {
                ModelState.AddModelError(v.Field is "workExperience" or "application" ? v.Field : $"Input.{char.ToUpperInvariant(v.Field[0])}{v.Field[1..]}", texts.Message(v));
            }

            // The form again with its messages, as a 400: scripts and monitors see a refusal, not a success.
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        return Redirect($"/portal/applications/{result.Application!.ReceiptNumber}?new=1");
    }

    private async Task<bool> LoadAsync(string number, CancellationToken ct)
    {
        var announcement = await db.Announcements.Include(a => a.Council!).ThenInclude(c => c.StateBody)
            .FirstOrDefaultAsync(a => a.Number == number && a.Status == AnnouncementStatus.Published, ct);
        if (announcement is null)
        {
            return false;
        }

        Announcement = announcement;
        Late = clock.TodayInAlmaty() > announcement.SubmissionDeadline;
        return true;
    }
}
