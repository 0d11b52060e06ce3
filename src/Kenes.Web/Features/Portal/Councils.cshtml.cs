using Kenes.Infrastructure.Persistence;
using Kenes.Web.Features.Composition;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;

namespace Kenes.Web.Features.Portal;

/// <summary>The public list of councils (R11: compositions are published on the state body's resource).</summary>
public sealed class CouncilsModel(KenesDbContext db, IClock clock) : PageModel
{
    public Paged<PublicComposition> Councils { get; private set; } = new([], PageRequest.From(null, null), 0);

    public async Task OnGetAsync([FromQuery(Name = "page")] int? pageNumber, int? pageSize, CancellationToken ct) =>
        Councils = await PublicComposition.LoadPageAsync(db, clock, PageRequest.From(pageNumber, pageSize), ct, withMembers: false);
}
