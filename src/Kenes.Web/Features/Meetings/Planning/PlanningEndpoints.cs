using Kenes.Infrastructure.Persistence;
using Kenes.Web.Features.Account;
using Kenes.Web.Features.Calendar;
using Kenes.Web.Features.Formation;
using Kenes.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Kenes.Web.Features.Meetings.Planning;

/// <summary>
/// /api/v1 for the work plan (M9), meetings and agenda (M4, M5, M9) and the notice (M12.4). Staff of the
/// council's state body read; its secretary, officers and administrators change. Another state body's
/// council or meeting is a 404; refusals are RFC 7807 problems whose messages start with the norm.
/// </summary>
public static class PlanningEndpoints
{
    public static void MapPlanningApi(this RouteGroupBuilder api)
    {
        var councils = api.MapGroup("/councils/{id:guid}/meetings").WithTags("Meetings")
            .RequireAuthorization(Policies.Api, Policies.Staff);
        councils.MapGet("/", async (Guid id, MeetingAccess access, WorkPlanReader plans, CancellationToken ct) =>
            await access.CouncilForStaffAsync(id, ct) is { } a
                ? Results.Ok(PlanningViews.From(await plans.LoadAsync(a.Council, ct)))
                : NotFound())
            .WithSummary("The work plan of the term (M9): every month, its meetings and the gaps; each meeting's latest notice date (M12.4)");

        councils.MapPost("/", async (Guid id, MeetingInput input, MeetingAccess access, MeetingSchedule schedule, Ctx c, CancellationToken ct) =>
        {
            if (await access.CouncilForStaffAsync(id, ct) is not { } a)
            {
                return NotFound();
            }

            if (!a.CanChange)
            {
                return Forbidden();
            }

            var (meeting, result) = await schedule.PlanAsync(a.Council, input, ct);
            return result.Ok ? Results.Created(PlanningLinks.Meeting(meeting!.Id), await c.ViewAsync(meeting, ct)) : c.Failure(result);
        })
        .WithSummary("Plan a meeting (M9): date, time (Asia/Almaty), mode, place or videoconference link");

        var meetings = api.MapGroup("/meetings/{id:guid}").WithTags("Meetings")
            .RequireAuthorization(Policies.Api, Policies.Staff);
        meetings.MapGet("/", async (Guid id, HttpResponse response, MeetingAccess access, Ctx c, CancellationToken ct) =>
        {
            if (await access.MeetingAsync(id, tracking: false, ct) is not var (meeting, _))
            {
                return NotFound();
            }

            response.Headers.ETag = MeetingVersion.ETag(meeting);
            return Results.Ok(await c.ViewAsync(meeting, ct));
        })
        .WithSummary("A meeting with its agenda, materials and latest notice date (M12.4); ETag is its version, for If-Match on changes");

        meetings.MapPut("/", (Guid id, MeetingInput input, HttpRequest request, MeetingSchedule schedule, MeetingAccess access, Ctx c, CancellationToken ct) =>
            c.ChangeAsync(access, id, MeetingVersion.Expected(request, input.Version), (m, a) => schedule.RescheduleAsync(m, a.Council, input, PlanningLinks.BaseUrl(request), ct), ct))
            .WithSummary("Reschedule (M9): bumps the iCalendar SEQUENCE; after the notice, e-mails every member the update");

        meetings.MapPost("/cancel", (Guid id, HttpRequest request, MeetingSchedule schedule, MeetingAccess access, Ctx c, CancellationToken ct) =>
            c.ChangeAsync(access, id, MeetingVersion.Expected(request), (m, a) => schedule.CancelAsync(m, a.Council, PlanningLinks.BaseUrl(request), ct), ct))
            .WithSummary("Cancel a planned or notified meeting");

        meetings.MapPost("/agenda", async (Guid id, AgendaItemInput input, HttpRequest request, MeetingAccess access, AgendaEditor editor, Ctx c, CancellationToken ct) =>
        {
            if (await access.MeetingAsync(id, tracking: true, ct) is not var (meeting, a))
            {
                return NotFound();
            }

            if (!a.CanChange)
            {
                return Forbidden();
            }

            var result = MeetingVersion.IsStale(meeting, MeetingVersion.Expected(request, input.Version))
                ? PlanningResult.Stale
                : (await editor.AddAsync(meeting, input, ct)).Result;
            return result.Ok ? Results.Created(PlanningLinks.Meeting(id), await c.ViewAsync(meeting, ct)) : await c.FailureAsync(access, id, result, ct);
        })
        .WithSummary("Add an agenda item with its subject (M4.1–M4.5, M5.2, M5.3 or other), before the notice");

        meetings.MapPut("/agenda/{itemId:guid}", (Guid id, Guid itemId, AgendaItemInput input, HttpRequest request, MeetingAccess access, AgendaEditor editor, Ctx c, CancellationToken ct) =>
            c.ChangeAsync(access, id, MeetingVersion.Expected(request, input.Version), (m, _) => editor.UpdateAsync(m, itemId, input, ct), ct))
            .WithSummary("Change an agenda item, before the notice");

        meetings.MapDelete("/agenda/{itemId:guid}", (Guid id, Guid itemId, HttpRequest request, MeetingAccess access, AgendaEditor editor, Ctx c, CancellationToken ct) =>
            c.ChangeAsync(access, id, MeetingVersion.Expected(request), (m, _) => editor.RemoveAsync(m, itemId, ct), ct))
            .WithSummary("Remove an agenda item and its materials, before the notice");

        // Bearer-only like the rest of /api/v1, so no cookie can carry a cross-site form here: antiforgery is not needed.
        meetings.MapPost("/agenda/{itemId:guid}/materials", async (Guid id, Guid itemId, IFormFileCollection? files, HttpRequest request, MeetingAccess access, AgendaEditor editor, Ctx c, CancellationToken ct) =>
            await c.ChangeAsync(access, id, MeetingVersion.Expected(request), async (m, _) =>
            {
                // Null when the multipart body has no file part: answered as "no file", not a 500.
                var file = files?.Count == 1 ? (await UploadedFile.ReadAsync(files, ct))[0] : null;
                return (await editor.UploadAsync(m, itemId, file, access.UserId, ct)).Result;
            }, ct))
            .DisableAntiforgery()
            .WithSummary("Upload one material (multipart, PDF/DOCX/JPEG/PNG up to 10 MB); the same file name becomes the next version (M12.4)");

        meetings.MapPost("/notice", (Guid id, NoticeInput? input, HttpRequest request, NoticeSender sender, MeetingAccess access, Ctx c, CancellationToken ct) =>
            c.ChangeAsync(access, id, MeetingVersion.Expected(request), (m, a) => sender.SendAsync(m, a.Council, input ?? new NoticeInput(null), PlanningLinks.BaseUrl(request), ct), ct))
            .WithSummary("Send the notice (M12.4) to every member; after the latest notice date only with lateReason, recorded as a deviation");
    }

    private static IResult NotFound() => Results.Problem(statusCode: StatusCodes.Status404NotFound);

    private static IResult Forbidden() => Results.Problem(statusCode: StatusCodes.Status403Forbidden);

    /// <summary>What the handlers share: the meeting view with its deadline, and refusals as problems.</summary>
    public sealed class Ctx(CalendarSource calendars, IStringLocalizer<Texts> texts)
    {
        public async Task<PlanningViews.MeetingView> ViewAsync(Meeting meeting, CancellationToken ct) =>
            PlanningViews.From(meeting, WorkPlanReader.Planned(await calendars.GetAsync(ct), meeting).LatestNotice);

        /// <param name="expected">The version the client read (If-Match or body); null skips the early check, the token still guards the save.</param>
        public async Task<IResult> ChangeAsync(MeetingAccess access, Guid id, Guid? expected, Func<Meeting, CouncilAccess, Task<PlanningResult>> change, CancellationToken ct)
        {
            if (await access.MeetingAsync(id, tracking: true, ct) is not var (meeting, a))
            {
                return NotFound();
            }

            if (!a.CanChange)
            {
                return Forbidden();
            }

            var result = MeetingVersion.IsStale(meeting, expected) ? PlanningResult.Stale : await change(meeting, a);
            return result.Ok ? Results.Ok(await ViewAsync(meeting, ct)) : await FailureAsync(access, id, result, ct);
        }

        /// <summary>A conflict carries the meeting as it is now (fresh from the database), so the client sees the other change.</summary>
        public async Task<IResult> FailureAsync(MeetingAccess access, Guid id, PlanningResult result, CancellationToken ct)
        {
            if (!result.Conflict || await access.MeetingAsync(id, tracking: false, ct, fresh: true) is not var (current, _))
            {
                return Failure(result);
            }

            return Results.Problem(statusCode: StatusCodes.Status409Conflict, detail: texts["planning.conflict_now"].Value,
                extensions: new Dictionary<string, object?>
                {
                    ["code"] = "meeting.version_conflict",
                    ["currentVersion"] = current.Version,
                    ["current"] = await ViewAsync(current, ct),
                });
        }

        public IResult Failure(PlanningResult result) => result.Conflict
            ? Results.Problem(statusCode: StatusCodes.Status409Conflict, detail: texts["planning.conflict"].Value)
            : Results.ValidationProblem(texts.ToProblemErrors(result.Violations), extensions: new Dictionary<string, object?>
            {
                ["violations"] = result.Violations.Select(v => new { field = v.Field, code = v.Code, norm = v.Norm.Id, message = texts.Message(v) }).ToList(),
            });
    }
}
