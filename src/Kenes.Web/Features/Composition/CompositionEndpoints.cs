using Kenes.Infrastructure.Persistence;
using Kenes.Web.Features.Account;
using Kenes.Web.Features.Councils;
using Kenes.Web.Localization;
using Microsoft.Extensions.Localization;
using NodaTime.Text;

namespace Kenes.Web.Features.Composition;

/// <summary>
/// /api/v1/councils/{id}/composition: read by the state body's staff, changed by its officers and
/// administrators. Another state body's council is a 404, as in the rest of the API. Every change
/// takes an optional <c>version</c> (the council's, from the GET); a stale one is a 409.
/// </summary>
public static class CompositionEndpoints
{
    public static void MapCompositionApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/councils/{id:guid}/composition").WithTags("Composition")
            .RequireAuthorization(Policies.Api, Policies.Staff);

        group.MapGet("/", async (Guid id, Context c, CancellationToken ct) =>
            await c.LoadAsync(id, manage: false, ct) is (null, var fail) ? fail! : Results.Ok(CompositionView.From(c.Snapshot!, c.Texts)))
            .WithSummary("The composition with its history, orders and every R5/M6/M7/M12 violation");

        group.MapPost("/members", async (Guid id, AddMemberRequest request, Context c, CompositionEditor editor, CancellationToken ct) =>
        {
            if (await c.LoadAsync(id, manage: true, ct) is (null, var fail))
            {
                return fail!;
            }

            var result = await editor.AddMemberAsync(c.Council!, request, c.User.Id, ct);
            return result.Status == EditStatus.Saved
                ? Results.Created($"/api/v1/councils/{id}/composition", await c.ViewAsync(ct))
                : c.Failure(result);
        })
        .WithSummary("Add an admitted candidate (applicationId) or a directly appointed representative (R5, R4)");

        group.MapDelete("/members/{memberId:guid}", async (Guid id, Guid memberId, Guid? version, Context c, CompositionEditor editor, CancellationToken ct) =>
            await c.LoadAsync(id, manage: true, ct) is (null, var fail)
                ? fail!
                : await c.ResultAsync(await editor.RemoveMemberAsync(c.Council!, memberId, version, c.User.Id, ct), ct))
            .WithSummary("Remove a proposed member, or mark a member in office for removal by the next order");

        group.MapPost("/members/{memberId:guid}/restore", async (Guid id, Guid memberId, VersionRequest? request, Context c, CompositionEditor editor, CancellationToken ct) =>
            await c.LoadAsync(id, manage: true, ct) is (null, var fail)
                ? fail!
                : await c.ResultAsync(await editor.RestoreMemberAsync(c.Council!, memberId, request?.Version, c.User.Id, ct), ct))
            .WithSummary("Take back a removal that no order has made yet");

        group.MapPut("/members/{memberId:guid}/deputy-chair", async (Guid id, Guid memberId, DeputyChairRequest request, Context c, CompositionEditor editor, CancellationToken ct) =>
            await c.LoadAsync(id, manage: true, ct) is (null, var fail)
                ? fail!
                : await c.ResultAsync(await editor.SetDeputyChairAsync(c.Council!, memberId, request, c.User.Id, ct), ct))
            .WithSummary("Mark or unmark the deputy chair (M7)");

        group.MapPut("/secretary", async (Guid id, SecretaryRequest request, Context c, CompositionEditor editor, CancellationToken ct) =>
            await c.LoadAsync(id, manage: true, ct) is (null, var fail)
                ? fail!
                : await c.ResultAsync(await editor.SetSecretaryAsync(c.Council!, request, c.Snapshot!.SecretaryCandidates, c.User.Id, ct), ct))
            .WithSummary("Appoint the secretary (M12), a Secretary of the council's state body; null clears it");

        group.MapPut("/justifications", async (Guid id, JustificationsRequest request, Context c, CompositionEditor editor, CancellationToken ct) =>
            await c.LoadAsync(id, manage: true, ct) is (null, var fail)
                ? fail!
                : await c.ResultAsync(await editor.SetJustificationsAsync(c.Council!, request, c.User.Id, ct), ct))
            .WithSummary("Record why R5.5 or R5.6 is left empty (\"if any\")");

        group.MapPost("/renewal", async (Guid id, VersionRequest? request, Context c, CompositionEditor editor, CancellationToken ct) =>
            await c.LoadAsync(id, manage: true, ct) is (null, var fail)
                ? fail!
                : await c.ResultAsync(await editor.MarkRenewalAsync(c.Council!, c.Snapshot!, request?.Version, c.User.Id, ct), ct))
            .WithSummary("Start the renewal after the R4 term warning: the next order becomes a renewal");

        group.MapPost("/approve", async (Guid id, ApproveRequest request, Context c, ApproveComposition approve, CancellationToken ct) =>
        {
            if (await c.LoadAsync(id, manage: true, ct) is (null, var fail))
            {
                return fail!;
            }

            var result = await approve.HandleAsync(c.Snapshot!, request, c.User.Id, ct);
            return result.Status == EditStatus.Saved ? Results.Ok(await c.ViewAsync(ct)) : c.Failure(result);
        })
        .WithSummary("Record the approval order (R11): number and date; starts the three-year term (R4)");

        group.MapGet("/draft-order.docx", async (Guid id, string? lang, string? number, string? date, Context c, CancellationToken ct) =>
        {
            if (await c.LoadAsync(id, manage: false, ct) is (null, var fail))
            {
                return fail!;
            }

            if (!CompositionTexts.TryParseLanguage(lang, out var language))
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["lang"] = [c.Texts["composition.validation.lang"].Value] });
            }

            var parsed = string.IsNullOrWhiteSpace(date) ? null : LocalDatePattern.Iso.Parse(date.Trim()) is { Success: true } p ? p.Value : (NodaTime.LocalDate?)null;
            var bytes = CompositionDocuments.DraftOrder(c.Snapshot!, language, number?.Trim() is { Length: > 0 and <= ApproveComposition.NumberMax } n ? n : null, parsed);
            return Results.File(bytes, CompositionDocuments.DocxType, CompositionDocuments.FileName(c.Council!, "draft-order", language, "docx"));
        })
        .WithSummary("The draft approval order (DOCX, kk or ru)");

        group.MapGet("/composition.pdf", async (Guid id, string? lang, Context c, CancellationToken ct) =>
        {
            if (await c.LoadAsync(id, manage: false, ct) is (null, var fail))
            {
                return fail!;
            }

            if (!CompositionTexts.TryParseLanguage(lang, out var language))
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["lang"] = [c.Texts["composition.validation.lang"].Value] });
            }

            return CompositionDocuments.Approved(c.Snapshot!, language) is { } pdf
                ? Results.File(pdf, CompositionDocuments.PdfType, CompositionDocuments.FileName(c.Council!, "composition", language, "pdf"))
                : Results.Problem(statusCode: StatusCodes.Status404NotFound, detail: c.Texts["composition.not_approved"].Value);
        })
        .WithSummary("The approved composition (PDF, kk or ru)");
    }

    /// <summary>What every handler needs: the visible council, the caller, and the loaded composition.</summary>
    public sealed class Context(KenesDbContext db, CurrentUser user, CompositionReader reader, IStringLocalizer<Texts> texts)
    {
        public CurrentUser User => user;

        public IStringLocalizer<Texts> Texts => texts;

        public Council? Council { get; private set; }

        public CompositionSnapshot? Snapshot { get; private set; }

        public async Task<(CompositionSnapshot? Snapshot, IResult? Failure)> LoadAsync(Guid id, bool manage, CancellationToken ct)
        {
            Council = await db.FindVisibleAsync(id, user, ct);
            if (Council is null)
            {
                return (null, Results.Problem(statusCode: StatusCodes.Status404NotFound));
            }

            if (manage && !user.CanManage(Council.StateBodyId))
            {
                return (null, Results.Problem(statusCode: StatusCodes.Status403Forbidden));
            }

            Snapshot = await reader.LoadAsync(Council, ct);
            return (Snapshot, null);
        }

        public async Task<CompositionView> ViewAsync(CancellationToken ct)
        {
            Snapshot = await reader.LoadAsync(Council!, ct);
            return CompositionView.From(Snapshot, texts);
        }

        public async Task<IResult> ResultAsync(EditResult result, CancellationToken ct) =>
            result.Status == EditStatus.Saved ? Results.Ok(await ViewAsync(ct)) : Failure(result);

        public IResult Failure(EditResult result) => result.Status switch
        {
            EditStatus.NotFound => Results.Problem(statusCode: StatusCodes.Status404NotFound),
            EditStatus.Conflict => Results.Problem(statusCode: StatusCodes.Status409Conflict, detail: texts["composition.conflict"].Value),
            EditStatus.Violations => Results.Problem(
                statusCode: StatusCodes.Status422UnprocessableEntity,
                title: texts["composition.approve.refused"].Value,
                detail: string.Join(" ", result.Violations!.Select(v => texts.Violation(v, Snapshot!))),
                extensions: new Dictionary<string, object?> { ["violations"] = ViolationView.From(result.Violations!, Snapshot!, texts) }),
            _ => Results.ValidationProblem(result.Errors ?? new Dictionary<string, string[]>()),
        };
    }
}
