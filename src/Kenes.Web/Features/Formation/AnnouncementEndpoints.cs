using Kenes.Domain.Formation;
using Kenes.Infrastructure.Persistence;
using Kenes.Web.Features.Account;
using Kenes.Web.Features.Councils;
using Kenes.Web.Hosting;
using Kenes.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kenes.Web.Features.Formation;

public static class AnnouncementEndpoints
{
    public sealed record AnnouncementRequest(
        string? DirectionKk, string? DirectionRu, string? DirectionEn, string? DocumentsKk, string? DocumentsRu, string? DocumentsEn,
        string? PostalAddress, string? Email, Guid? Version, string? Reason)
    {
        public AnnouncementDraft ToDraft() => new(DirectionKk ?? "", DirectionRu ?? "", DirectionEn ?? "",
            DocumentsKk ?? "", DocumentsRu ?? "", DocumentsEn ?? "", PostalAddress ?? "", Email ?? "");
    }

    public sealed record PublishRequest(Guid? Version);

    public static void MapAnnouncementEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/public/announcements", async (int? page, int? pageSize, HttpContext http, KenesDbContext db, CancellationToken ct) =>
        {
            var paged = await db.PublishedAnnouncementsAsync(PageRequest.From(page, pageSize), withRevisions: true, ct);
            paged.WriteHeaders(http);
            return paged.Items.Select(AnnouncementView.From);
        })
        .AllowAnonymous().WithTags("Public")
        .WithSummary("Published announcements (R6, R7), newest first; paged: page, pageSize (≤ 100), X-Total-Count and Link headers")
        .CachePublicly();

        var staff = api.MapGroup("").WithTags("Announcements").RequireAuthorization(Policies.Api, Policies.Staff);

        staff.MapPost("/councils/{councilId:guid}/announcements", async (Guid councilId, AnnouncementRequest request,
            KenesDbContext db, CurrentUser user, Announcements announcements, IStringLocalizer<Texts> texts, CancellationToken ct) =>
        {
            var council = await db.FindVisibleAsync(councilId, user, ct);
            if (ApiGuard.Deny(council is not null, council is not null && user.CanManage(council.StateBodyId)) is { } denied)
            {
                return denied;
            }

            var outcome = await announcements.CreateDraftAsync(council!, request.ToDraft(), ct);
            return outcome.Ok
                ? Results.Created($"/api/v1/announcements/{outcome.Announcement!.Id}", AnnouncementView.From(outcome.Announcement))
                : Results.ValidationProblem(texts.ToProblemErrors(outcome.Violations));
        })
        .WithSummary("Draft an announcement for a council (R6, R7)");

        staff.MapGet("/announcements/{id:guid}", async (Guid id, KenesDbContext db, CurrentUser user, CancellationToken ct) =>
            await db.FindAnnouncementAsync(id, user, ct) is { } a
                ? Results.Ok(AnnouncementView.From(a))
                : Results.Problem(statusCode: StatusCodes.Status404NotFound))
        .WithSummary("One announcement with its version");

        staff.MapPut("/announcements/{id:guid}", async (Guid id, AnnouncementRequest request, KenesDbContext db, CurrentUser user,
            Announcements announcements, IStringLocalizer<Texts> texts, CancellationToken ct) =>
        {
            var a = await db.FindAnnouncementAsync(id, user, ct);
            if (ApiGuard.Deny(a is not null, a is not null && user.CanManage(a.Council!.StateBodyId)) is { } denied)
            {
                return denied;
            }

            if (request.Version is null)
            {
                return VersionRequired(texts);
            }

            var outcome = await announcements.UpdateAsync(a!, request.ToDraft(), request.Version.Value, request.Reason, user.Id, ct);
            return outcome switch
            {
                { Conflict: true } => Results.Problem(statusCode: StatusCodes.Status409Conflict, detail: texts["council.conflict"].Value),
                { Ok: true } => Results.Ok(AnnouncementView.From(a!)),
                _ => Results.ValidationProblem(texts.ToProblemErrors(outcome.Violations)),
            };
        })
        .WithSummary("Edit a draft, or correct a published announcement with a reason (kept as a revision)");

        staff.MapPost("/announcements/{id:guid}/publish", async (Guid id, PublishRequest request, KenesDbContext db, CurrentUser user,
            Announcements announcements, IStringLocalizer<Texts> texts, CancellationToken ct) =>
        {
            var a = await db.FindAnnouncementAsync(id, user, ct);
            if (ApiGuard.Deny(a is not null, a is not null && user.CanManage(a.Council!.StateBodyId)) is { } denied)
            {
                return denied;
            }

            if (request.Version is null)
            {
                return VersionRequired(texts);
            }

            var outcome = await announcements.PublishAsync(a!, request.Version.Value, user.Id, ct);
            return outcome.Conflict
                ? Results.Problem(statusCode: StatusCodes.Status409Conflict, detail: texts["council.conflict"].Value)
                : Results.Ok(AnnouncementView.From(a!));
        })
        .WithSummary("Publish on the portal (R6); fixes the R8 and R10 deadlines");
    }

    /// <summary>Changes name the version they were made against, so a stale edit is a conflict, never a silent overwrite.</summary>
    private static IResult VersionRequired(IStringLocalizer<Texts> texts) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { ["version"] = [texts["validation.required", "version"].Value] });
}
