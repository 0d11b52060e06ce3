using Kenes.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kenes.Web.Features.Portal;

/// <summary>The public list of councils (R11: compositions are published on the state body's resource).</summary>
public sealed class CouncilsModel(KenesDbContext db) : PageModel
{
    public IReadOnlyList<Council> Councils { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Councils = await db.Councils.AsNoTracking().Include(c => c.StateBody)
            .OrderBy(c => c.StateBody!.Code).ThenBy(c => c.DirectionEn).ToListAsync(ct);
}
