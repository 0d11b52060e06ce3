using Kenes.Infrastructure.Persistence;
using Kenes.Web.Features.Councils;
using Microsoft.EntityFrameworkCore;

namespace Kenes.Web.Features.Public;

/// <summary>What the public portal shows, as JSON. No personal data.</summary>
public static class PublicEndpoints
{
    public static void MapPublicEndpoints(this RouteGroupBuilder api)
    {
        var pub = api.MapGroup("/public").WithTags("Public").AllowAnonymous();

        pub.MapGet("/councils", async (KenesDbContext db, CancellationToken ct) =>
        {
            var list = await db.Councils.AsNoTracking().Include(c => c.StateBody)
                .OrderBy(c => c.StateBody!.Code).ThenBy(c => c.DirectionEn).ToListAsync(ct);
            return list.Select(c => new
            {
                c.Id,
                StateBody = new LocalizedName(c.StateBody!.NameKk, c.StateBody.NameRu, c.StateBody.NameEn),
                Direction = new LocalizedName(c.DirectionKk, c.DirectionRu, c.DirectionEn),
                c.Seats,
                Status = c.Status.ToString(),
            });
        })
        .WithSummary("Sectoral councils and their status (R11 publication)");
    }
}
