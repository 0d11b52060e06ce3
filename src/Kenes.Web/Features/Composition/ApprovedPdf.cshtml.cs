using Kenes.Infrastructure.Persistence;
using Kenes.Web.Features.Account;
using Kenes.Web.Features.Councils;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kenes.Web.Features.Composition;

/// <summary>R11: the approved composition as a PDF, in Kazakh or Russian, for the state body's staff.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ApprovedPdfModel(KenesDbContext db, CurrentUser user, CompositionReader reader) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, string? lang, CancellationToken ct) =>
        await CompositionDocuments.ApprovedFileAsync(await db.FindVisibleAsync(id, user, ct), lang, reader, ct);
}
