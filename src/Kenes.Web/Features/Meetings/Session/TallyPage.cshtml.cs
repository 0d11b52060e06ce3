using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kenes.Web.Features.Meetings.Session;

/// <summary>The tally as JSON for the council's members and staff (cookie-authenticated, for the pages).</summary>
[Authorize]
public sealed class TallyPageModel(SessionLoader loader) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await loader.LoadAsync(id, ct, tracking: false) is { } s ? new JsonResult(TallyView.From(s)) : NotFound();
}
