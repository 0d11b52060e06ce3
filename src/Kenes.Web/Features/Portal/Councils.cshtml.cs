using Kenes.Infrastructure.Persistence;
using Kenes.Web.Features.Composition;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;

namespace Kenes.Web.Features.Portal;

/// <summary>The public list of councils (R11: compositions are published on the state body's resource).</summary>
public sealed class CouncilsModel(KenesDbContext db, IClock clock) : PageModel
{
    public IReadOnlyList<PublicComposition> Councils { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Councils = await PublicComposition.LoadAllAsync(db, clock, null, ct);
}
