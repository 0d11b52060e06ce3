using Kenes.Infrastructure.Documents;
using Kenes.Infrastructure.Identity;
using Kenes.Infrastructure.Persistence;
using Kenes.Web.Features.Account;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;

namespace Kenes.Web.Features.Formation.Pages;

/// <summary>F: the application rendered as the Annex 1 form, in Kazakh or Russian, for the file and for printing.</summary>
/// <summary>
/// The applicant's Annex 1 form as PDF. It is the applicant's personal data (Law "On personal data and
/// their protection"), so, like the uploaded documents, only the state body's HR officers and
/// administrators may read it, and every read is logged.
/// </summary>
[Authorize(Roles = $"{Roles.HrOfficer},{Roles.Administrator}")]
public sealed class ApplicationFormFileModel(KenesDbContext db, CurrentUser user, IClock clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, string? lang, CancellationToken ct)
    {
        var application = await db.FindApplicationAsync(id, user, ct);
        if (application is null || !user.CanScreen(application.Announcement!.Council!.StateBodyId))
        {
            return NotFound();
        }

        await db.LogPersonalDataReadAsync(user, clock.GetCurrentInstant(), "application-form.read", application, application.Id, ct);

        var language = FormationFiles.Language(lang);
        var pdf = ApplicationFormPdf.Render(FormationFiles.FormData(application, language), language);
        Response.Headers.ContentDisposition = $"inline; filename=\"application-{application.ReceiptNumber}-{language.ToString().ToLowerInvariant()}.pdf\"";
        return File(pdf, "application/pdf");
    }
}
