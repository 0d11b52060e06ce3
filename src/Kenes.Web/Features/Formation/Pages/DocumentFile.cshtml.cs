using Kenes.Infrastructure.Identity;
using Kenes.Infrastructure.Persistence;
using Kenes.Infrastructure.Storage;
using Kenes.Web.Features.Account;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Kenes.Web.Features.Formation.Pages;

/// <summary>
/// Opens an uploaded R9 document in the browser. Only the owning state body's HR officers and
/// administrators may read it (personal data); each read is logged. Served with its checked type,
/// nosniff and a script-free CSP, so a document can never run script in Kenes's origin.
/// </summary>
[Authorize(Roles = $"{Roles.HrOfficer},{Roles.Administrator}")]
public sealed class DocumentFileModel(KenesDbContext db, CurrentUser user, IDocumentStorage storage, IClock clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var document = await db.ApplicationDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct);
        var application = document is null ? null : await db.FindApplicationAsync(document.ApplicationId, user, ct);
        if (document is null || application is null || !user.CanScreen(application.Announcement!.Council!.StateBodyId))
        {
            return NotFound();
        }

        await db.LogPersonalDataReadAsync(user, clock.GetCurrentInstant(), "document.read", application, document.Id, ct);

        // No script at all; PDFs with active content were refused at upload, and the viewer needs object-src.
        Response.Headers.ContentSecurityPolicy = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; object-src 'self'; frame-ancestors 'none'";
        Response.Headers.XContentTypeOptions = "nosniff";
        // Inline, so the browser shows it; the stored name is the applicant's and is not echoed into headers.
        Response.Headers.ContentDisposition = $"inline; filename=\"document{Extension(document.ContentType)}\"";
        return File(await storage.OpenReadAsync(document.StorageKey, ct), document.ContentType);
    }

    private static string Extension(string contentType) => contentType switch
    {
        "application/pdf" => ".pdf",
        "image/jpeg" => ".jpg",
        "image/png" => ".png",
        _ => ".docx",
    };
}
