using Kenes.Infrastructure.Documents;
using Kenes.Infrastructure.Persistence;
using Kenes.Web.Features.Account;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kenes.Web.Features.Formation.Pages;

/// <summary>F: the application rendered as the Annex 1 form, in Kazakh or Russian, for the file and for printing.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ApplicationFormFileModel(KenesDbContext db, CurrentUser user) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, string? lang, CancellationToken ct)
    {
        var application = await db.FindApplicationAsync(id, user, ct);
        if (application is null)
        {
            return NotFound();
        }

        var language = FormationFiles.Language(lang);
        var pdf = ApplicationFormPdf.Render(FormationFiles.FormData(application, language), language);
        Response.Headers.ContentDisposition = $"inline; filename=\"application-{application.ReceiptNumber}-{language.ToString().ToLowerInvariant()}.pdf\"";
        return File(pdf, "application/pdf");
    }
}
