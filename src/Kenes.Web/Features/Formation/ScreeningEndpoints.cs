using Kenes.Infrastructure.Persistence;
using Kenes.Web.Features.Account;
using Kenes.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;

namespace Kenes.Web.Features.Formation;

public static class ScreeningEndpoints
{
    public sealed record DecisionRequest(bool? Admit, string? Reason, Guid? Version);

    public sealed record ApplicationRow(
        Guid Id, string ReceiptNumber, string FullName, string? Organization, bool IndependentExpert, string Channel,
        LocalDate ReceivedOn, bool Late, string? LateReason, string Status, string? Reason, int Documents, Guid Version);

    /// <summary>409 naming who decided what, so the second officer knows whose decision stands (issue #7.3).</summary>
    private static async Task<IResult> ConflictAsync(Screening screening, Guid id, IStringLocalizer<Texts> texts, CancellationToken ct)
    {
        var decision = await screening.CurrentDecisionAsync(id, ct);
        return Results.Problem(statusCode: StatusCodes.Status409Conflict,
            detail: decision is null ? texts["screening.conflict"].Value : texts.ConflictMessage(decision),
            extensions: new Dictionary<string, object?>
            {
                ["code"] = "application.already_decided",
                ["decidedBy"] = decision?.DecidedBy,
                ["status"] = decision?.Status.ToString(),
                ["reason"] = decision?.Reason,
                ["currentVersion"] = decision?.Version,
            });
    }

    /// <summary>"Айгүл Төлеуова has already decided: Rejected (reason …)"; nothing of the second decision is saved.</summary>
    public static string ConflictMessage(this IStringLocalizer<Texts> texts, Screening.Decision decision) =>
        texts["screening.conflict_by", decision.DecidedBy, texts[$"application.status.{decision.Status}"].Value, decision.Reason ?? "—"].Value;

    public static void MapScreeningEndpoints(this RouteGroupBuilder api)
    {
        var hr = api.MapGroup("").WithTags("Screening").RequireAuthorization(Policies.Api, Policies.Staff);

        hr.MapGet("/announcements/{id:guid}/applications", async (Guid id, KenesDbContext db, CurrentUser user, CancellationToken ct) =>
        {
            var announcement = await db.FindAnnouncementAsync(id, user, ct);
            if (announcement is null)
            {
                return Results.Problem(statusCode: StatusCodes.Status404NotFound);
            }

            var rows = await db.Applications.AsNoTracking().Where(a => a.AnnouncementId == id)
                .OrderBy(a => a.ReceivedAt)
                .Select(a => new ApplicationRow(a.Id, a.ReceiptNumber, a.Surname + " " + a.FirstName + (a.Patronymic == null ? "" : " " + a.Patronymic),
                    a.Organization, a.IndependentExpert, a.Channel.ToString(), a.ReceivedOn, a.Late, a.LateReason, a.Status.ToString(),
                    a.DecisionReason, a.Documents.Count, a.Version))
                .ToListAsync(ct);
            return Results.Ok(rows);
        })
        .WithSummary("The R10 screening queue of an announcement (own state body only)");

        hr.MapPost("/applications/{id:guid}/decision", async (Guid id, DecisionRequest request, KenesDbContext db, CurrentUser user,
            Screening screening, IStringLocalizer<Texts> texts, CancellationToken ct) =>
        {
            var application = await db.FindApplicationAsync(id, user, ct);
            if (ApiGuard.Deny(application is not null, application is not null && user.CanScreen(application.Announcement!.Council!.StateBodyId)) is { } denied)
            {
                return denied;
            }

            if (request.Admit is null)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["admit"] = [texts["validation.required", "admit"].Value] });
            }

            var (outcome, violation) = await screening.DecideAsync(application!, request.Admit.Value, request.Reason,
                request.Version ?? application!.Version, user.Id, ct);
            return outcome switch
            {
                Screening.Outcome.Decided => Results.Ok(new { application!.Status, application.DecisionReason, application.Version }),
                Screening.Outcome.Invalid => Results.ValidationProblem(texts.ToProblemErrors([violation!])),
                _ => await ConflictAsync(screening, id, texts, ct),
            };
        })
        .WithSummary("Admit or reject with a reason (R10); the first decision wins");
    }
}
