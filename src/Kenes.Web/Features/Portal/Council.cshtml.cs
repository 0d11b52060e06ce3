using Kenes.Infrastructure.Persistence;
using Kenes.Web.Features.Composition;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;

namespace Kenes.Web.Features.Portal;

/// <summary>R11: a council's approved composition as published: members in office, the orders, the term (R4).</summary>
[AllowAnonymous]
public sealed class CouncilModel(KenesDbContext db, IClock clock) : PageModel
{
    public PublicComposition? Composition { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Composition = await PublicComposition.LoadOneAsync(db, clock, id, ct);
        return Composition is null ? NotFound() : Page();
    }
}
