using Kenes.Infrastructure.Persistence;
using Kenes.Web.Features.Composition;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kenes.Web.Features.Portal;

/// <summary>R11: the published composition as a PDF (Kazakh or Russian), for anyone.</summary>
[AllowAnonymous]
public sealed class CouncilPdfModel(KenesDbContext db, CompositionReader reader) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, string? lang, CancellationToken ct)
    {
        var council = await db.Councils.AsNoTracking().Include(c => c.StateBody).FirstOrDefaultAsync(c => c.Id == id, ct);
        return await CompositionDocuments.ApprovedFileAsync(council, lang, reader, ct);
    }
}
