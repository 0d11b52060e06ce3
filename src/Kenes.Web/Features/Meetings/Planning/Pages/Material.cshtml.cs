using Kenes.Infrastructure.Persistence;
using Kenes.Infrastructure.Storage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kenes.Web.Features.Meetings.Planning.Pages;

/// <summary>
/// A meeting material (M12.4), for the staff of its state body and the members in office. Served as a
/// download with its checked type, nosniff and a script-free CSP, as uploaded documents are.
/// </summary>
[Authorize]
public sealed class MaterialModel(KenesDbContext db, MeetingAccess access, IDocumentStorage storage) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var material = await db.AgendaMaterials.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct);
        var meetingId = material is null ? null
            : await db.AgendaItems.Where(i => i.Id == material.AgendaItemId).Select(i => (Guid?)i.MeetingId).FirstOrDefaultAsync(ct);
        if (material is null || meetingId is null || await access.MeetingAsync(meetingId.Value, tracking: false, ct) is null)
        {
            return NotFound();
        }

        Response.Headers.ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(await storage.OpenReadAsync(material.StorageKey, ct), material.ContentType, material.FileName);
    }
}
