using Kenes.Domain.Formation;
using Kenes.Infrastructure.Persistence;
using Kenes.Web.Features.Composition;
using Kenes.Web.Features.Councils;
using Kenes.Web.Hosting;
using Kenes.Web.Localization;
using Microsoft.Extensions.Localization;
using NodaTime;

namespace Kenes.Web.Features.Public;

/// <summary>What the public portal shows, as JSON. No personal contact data.</summary>
public static class PublicEndpoints
{
    public static void MapPublicEndpoints(this RouteGroupBuilder api)
    {
        var pub = api.MapGroup("/public").WithTags("Public").AllowAnonymous();

        // R11: the approved composition is published. id, stateBody, direction, seats and status are
        // the original contract and stay; the rest was added with the composition (issue #4).
        pub.MapGet("/councils", async (int? page, int? pageSize, HttpContext http, KenesDbContext db, IClock clock, IStringLocalizer<Texts> texts, CancellationToken ct) =>
        {
            var paged = await PublicComposition.LoadPageAsync(db, clock, PageRequest.From(page, pageSize), ct);
            paged.WriteHeaders(http);
            return paged.Items.Select(p => new
            {
                p.Council.Id,
                StateBody = new LocalizedName(p.Council.StateBody!.NameKk, p.Council.StateBody.NameRu, p.Council.StateBody.NameEn),
                Direction = new LocalizedName(p.Council.DirectionKk, p.Council.DirectionRu, p.Council.DirectionEn),
                p.Council.Seats,
                Status = p.Council.Status.ToString(),
                Phase = p.Phase.ToString(),
                Order = p.Order is { } o ? new { o.Number, o.Date } : null,
                Term = p.Term is { } t ? new { t.Starts, t.Ends } : null,
                Members = p.Members.Select(m => new
                {
                    m.FullName,
                    Organization = string.IsNullOrWhiteSpace(m.Organization) ? texts["composition.independent_expert"].Value : m.Organization,
                    Category = (int)m.Category,
                    CategoryNorm = m.Category.NormId(),
                    DeputyChair = m.DeputyChair,
                }),
            });
        })
        .WithSummary("Sectoral councils with their approved compositions, orders and terms (R11, R4); paged: page, pageSize (≤ 100), X-Total-Count and Link headers")
        .CachePublicly();
    }
}
