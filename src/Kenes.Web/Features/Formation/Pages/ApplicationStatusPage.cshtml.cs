using Kenes.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kenes.Web.Features.Formation.Pages;

/// <summary>An applicant's receipt and outcome, found by the receipt number alone (no names shown to others).</summary>
public sealed class ApplicationStatusPageModel(KenesDbContext db) : PageModel
{
    public CouncilApplication? Application { get; private set; }

    public bool JustSubmitted { get; private set; }

    public string? Receipt { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? receipt, bool @new, CancellationToken ct)
    {
        Receipt = receipt?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(Receipt))
        {
            return Page();
        }

        Application = await db.Applications.AsNoTracking().Include(a => a.Announcement!).ThenInclude(a => a.Council!).ThenInclude(c => c.StateBody)
            .FirstOrDefaultAsync(a => a.ReceiptNumber == Receipt, ct);
        JustSubmitted = @new;
        if (Application is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return Page();
    }
}
