using Kenes.Infrastructure.Storage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kenes.Web.Features.Meetings.Session;

/// <summary>/meetings/{id}/minutes/signed.pdf: the signed original (M10) for the council's members and staff, as e-mailed (M12.5).</summary>
[Authorize]
public sealed class SignedMinutesModel(SessionLoader loader, IDocumentStorage storage) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var s = await loader.LoadAsync(id, ct, tracking: false);
        if (s?.Meeting.MinutesStorageKey is not { } key)
        {
            return NotFound();
        }

        var stream = await storage.OpenReadAsync(key, ct);
        Response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        return File(stream, MinutesService.PdfType, $"minutes-{s.Meeting.Number}-{s.Meeting.Date:yyyy-MM-dd}-signed.pdf");
    }
}
