using Kenes.Infrastructure.Persistence;
using Kenes.Infrastructure.Time;
using Kenes.Web.Features.Account;
using Kenes.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using NodaTime;
using NodaTime.Text;

namespace Kenes.Web.Features.Formation.Pages;

/// <summary>R8: HR registers an application received in person or by e-mail, with the day it was received.</summary>
[Authorize(Policy = Policies.Staff)]
[RequestSizeLimit(ApplicationIntake.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ApplicationIntake.MaxRequestBytes)]
public sealed class RegisterApplicationModel(
    KenesDbContext db, CurrentUser user, ApplicationIntake intake, IClock clock, IStringLocalizer<Texts> texts) : PageModel
{
    [BindProperty]
    public ApplicationInput Input { get; set; } = new();

    [BindProperty]
    public ApplicationChannel Channel { get; set; } = ApplicationChannel.InPerson;

    [BindProperty]
    public string? ReceivedOn { get; set; }

    public Announcement Announcement { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        ReceivedOn = LocalDatePattern.Iso.Format(clock.TodayInAlmaty());
        // On paper the applicant signed consent on the form; HR confirms it by registering.
        Input.Consent = true;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, List<IFormFile>? workExperience, List<IFormFile>? application, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var received = LocalDatePattern.Iso.Parse(ReceivedOn ?? "");
        if (!received.Success || Channel == ApplicationChannel.Online)
        {
            ModelState.AddModelError(received.Success ? nameof(Channel) : nameof(ReceivedOn),
                received.Success ? texts["application.channel_required"] : texts["calendar.param.date", texts["application.received_on"]]);
            return Page();
        }

        var submission = new ApplicationIntake.Submission(Input.ToForm(), Channel, received.Value,
            await UploadedFile.ReadAsync(application, ct), await UploadedFile.ReadAsync(workExperience, ct), user.Id);
        var result = await intake.SubmitAsync(Announcement, submission, ct);
        if (!result.Ok)
        {
            foreach (var v in result.Violations)
            {
                var key = v.Field switch
                {
                    "workExperience" or "application" => v.Field,
                    "receivedOn" => nameof(ReceivedOn),
                    _ => $"Input.{char.ToUpperInvariant(v.Field[0])}{v.Field[1..]}",
                };
                ModelState.AddModelError(key, texts.Message(v));
            }

            return Page();
        }

        return Redirect($"/hr/applications/{result.Application!.Id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var announcement = await db.FindAnnouncementAsync(id, user, ct);
        if (announcement is null || announcement.Status != AnnouncementStatus.Published || !user.CanScreen(announcement.Council!.StateBodyId))
        {
            return false;
        }

        Announcement = announcement;
        return true;
    }
}
