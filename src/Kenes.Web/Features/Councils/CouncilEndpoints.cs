using Kenes.Infrastructure.Persistence;
using Kenes.Web.Features.Account;
using Kenes.Web.Features.Formation;
using Kenes.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kenes.Web.Features.Councils;

public static class CouncilEndpoints
{
    public sealed record SetSeatsRequest(int? Seats, Guid? Version);

    public sealed record CreateCouncilRequest(string? DirectionKk, string? DirectionRu, string? DirectionEn, int? Seats, Guid? StateBodyId);

    public static void MapCouncilEndpoints(this RouteGroupBuilder api)
    {
        var councils = api.MapGroup("/councils").WithTags("Councils")
            .RequireAuthorization(Policies.Api, Policies.Staff);

        councils.MapGet("/", async (KenesDbContext db, CurrentUser user, CancellationToken ct) =>
        {
            var list = await db.Councils.AsNoTracking().Include(c => c.StateBody).VisibleTo(user)
                .OrderBy(c => c.StateBody!.Code).ThenBy(c => c.DirectionEn).ToListAsync(ct);
            return list.Select(CouncilView.From);
        })
        .WithSummary("Councils of the caller's state body (all for observers and administrators)");

        councils.MapPost("/", async (CreateCouncilRequest request, CurrentUser user, CreateCouncil create,
            IStringLocalizer<Texts> texts, CancellationToken ct) =>
        {
            var body = user.StateBodyId ?? request.StateBodyId;
            if (body is null)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["stateBodyId"] = [texts["validation.required", "stateBodyId"].Value] });
            }

            if (!user.CanManage(body.Value))
            {
                return Results.Problem(statusCode: StatusCodes.Status403Forbidden);
            }

            var (council, violations) = await create.HandleAsync(body.Value,
                new CreateCouncil.Input(request.DirectionKk, request.DirectionRu, request.DirectionEn, request.Seats), user.Id, ct);
            return council is null
                ? Results.ValidationProblem(texts.ToProblemErrors(violations))
                : Results.Created($"/api/v1/councils/{council.Id}", new { council.Id, council.Seats, Status = council.Status.ToString() });
        })
        // The role rule sits on the endpoint, so an observer, HR officer or secretary is refused before any validation runs.
        .RequireAuthorization(Policies.ManageCouncils)
        .WithSummary("Create a council for a sectoral direction (R3, R4) with its number of seats (M6)");

        // Another state body's council answers 404, as if it did not exist: no probing of ids.
        councils.MapGet("/{id:guid}", async (Guid id, KenesDbContext db, CurrentUser user, CancellationToken ct) =>
            await db.FindVisibleAsync(id, user, ct) is { } council
                ? Results.Ok(CouncilView.From(council))
                : Results.Problem(statusCode: StatusCodes.Status404NotFound))
        .WithSummary("One council");

        councils.MapPut("/{id:guid}/seats", async (Guid id, SetSeatsRequest request, KenesDbContext db, CurrentUser user,
            SetSeats handler, IStringLocalizer<Texts> texts, CancellationToken ct) =>
        {
            var council = await db.FindVisibleAsync(id, user, ct);
            if (ApiGuard.Deny(council is not null, council is not null && user.CanManage(council.StateBodyId)) is { } denied)
            {
                return denied;
            }

            if (request.Seats is null || request.Version is null)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]>
                {
                    [request.Seats is null ? "seats" : "version"] =
                        [texts["validation.required", request.Seats is null ? texts["council.seats"] : "version"].Value],
                });
            }

            return await handler.HandleAsync(council!, request.Seats.Value, request.Version.Value, user.Id, ct) switch
            {
                SetSeats.Outcome.Saved => Results.Ok(CouncilView.From(council!)),
                SetSeats.Outcome.Conflict => Results.Problem(statusCode: StatusCodes.Status409Conflict,
                    detail: texts["council.conflict"].Value),
                _ => Results.ValidationProblem(new Dictionary<string, string[]>
                {
                    ["seats"] = [texts["council.seats.range", SetSeats.MinSeats, SetSeats.MaxSeats].Value],
                }, extensions: new Dictionary<string, object?> { ["norm"] = "M6" }),
            };
        })
        .WithSummary("Set the number of seats (M6)");
    }
}
