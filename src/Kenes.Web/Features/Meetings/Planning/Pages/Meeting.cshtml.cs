using Kenes.Infrastructure.Persistence;
using Kenes.Web.Features.Account;
using Kenes.Web.Features.Calendar;
using Kenes.Web.Features.Formation;
using Kenes.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Kenes.Web.Features.Meetings.Planning.Pages;

/// <summary>
/// A meeting (M9): details, agenda (M4, M5) and materials, reschedule and cancel, and the notice
/// (M12.4). Staff of the state body see it and the secretary changes it; members in office read it.
/// </summary>
[Authorize]
[RequestSizeLimit(ApplicationIntake.MaxFileBytes + (1024 * 1024))]
[RequestFormLimits(MultipartBodyLengthLimit = ApplicationIntake.MaxFileBytes + (1024 * 1024))]
public sealed class MeetingModel(
    MeetingAccess access, CalendarSource calendars, MeetingSchedule schedule, AgendaEditor agenda, NoticeSender notices,
    IStringLocalizer<Texts> texts) : PageModel
{
    public sealed class ItemForm
    {
        public string? Title { get; set; }
        public string? Description { get; set; }
        public string? Subject { get; set; } = Kenes.Domain.Meetings.AgendaSubjectNorms.Other;

        public AgendaItemInput ToInput() => new(Title, Description, Subject);
    }

    [BindProperty]
    public MeetingForm Input { get; set; } = new();

    [BindProperty]
    public ItemForm Item { get; set; } = new();

    [BindProperty]
    public Guid ItemId { get; set; }

    [BindProperty]
    public IFormFile? Material { get; set; }

    [BindProperty]
    public string? LateReason { get; set; }

    /// <summary>The meeting's version when the form was rendered: a save on top of someone else's is a conflict.</summary>
    [BindProperty]
    public Guid? Version { get; set; }

    /// <summary>Someone saved the meeting after this form was rendered: the page shows the agenda as it is now.</summary>
    public bool Conflict { get; private set; }

    public Meeting? Meeting { get; private set; }

    public CouncilAccess? Access { get; private set; }

    public PlannedMeeting? Planned { get; private set; }

    public string? Done { get; private set; }

    /// <summary>Which form the errors on the page belong to, so it opens with them.</summary>
    public string? Failed { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? done, CancellationToken ct)
    {
        if (!await LoadAsync(id, tracking: false, ct))
        {
            return NotFound();
        }

        Done = done is "planned" or "rescheduled" or "cancelled" or "item" or "removed" or "material" or "noticed" ? done : null;
        Input = MeetingForm.From(Meeting!);
        return Page();
    }

    public Task<IActionResult> OnPostRescheduleAsync(Guid id, CancellationToken ct) =>
        ChangeAsync(id, "rescheduled", "Input", m => schedule.RescheduleAsync(m, Access!.Council, Input.ToInput(), PlanningLinks.BaseUrl(Request), ct), ct);

    public Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken ct) =>
        ChangeAsync(id, "cancelled", "", m => schedule.CancelAsync(m, Access!.Council, PlanningLinks.BaseUrl(Request), ct), ct);

    public Task<IActionResult> OnPostAddItemAsync(Guid id, CancellationToken ct) =>
        ChangeAsync(id, "item", "Item", async m => (await agenda.AddAsync(m, Item.ToInput(), ct)).Result, ct);

    public Task<IActionResult> OnPostUpdateItemAsync(Guid id, CancellationToken ct) =>
        ChangeAsync(id, "item", $"Edit{ItemId:N}", m => agenda.UpdateAsync(m, ItemId, Item.ToInput(), ct), ct);

    public Task<IActionResult> OnPostRemoveItemAsync(Guid id, CancellationToken ct) =>
        ChangeAsync(id, "removed", "", m => agenda.RemoveAsync(m, ItemId, ct), ct);

    public Task<IActionResult> OnPostUploadAsync(Guid id, CancellationToken ct) =>
        ChangeAsync(id, "material", $"Upload{ItemId:N}", async m =>
        {
            var file = Material is null ? null : (await UploadedFile.ReadAsync([Material], ct)).Single();
            return (await agenda.UploadAsync(m, ItemId, file, access.UserId, ct)).Result;
        }, ct);

    public Task<IActionResult> OnPostNoticeAsync(Guid id, CancellationToken ct) =>
        ChangeAsync(id, "noticed", "Notice", m => notices.SendAsync(m, Access!.Council, new NoticeInput(LateReason), PlanningLinks.BaseUrl(Request), ct), ct);

    private async Task<IActionResult> ChangeAsync(Guid id, string done, string form, Func<Meeting, Task<PlanningResult>> change, CancellationToken ct)
    {
        if (!await LoadAsync(id, tracking: true, ct))
        {
            return NotFound();
        }

        if (!Access!.CanChange)
        {
            return Forbid();
        }

        var result = MeetingVersion.IsStale(Meeting!, Version) ? PlanningResult.Stale : await change(Meeting!);
        if (result.Ok)
        {
            return Redirect($"{PlanningLinks.Meeting(id)}?done={done}");
        }

        Failed = form;
        if (result.Conflict)
        {
            Conflict = true;
            ModelState.AddModelError("", texts["planning.conflict_now"]);
        }

        // Field errors of the meeting form sit under its fields; every other refusal is shown at the top, naming its norm.
        ModelState.AddErrors(form == "Input" ? "Input" : "", result.Violations, texts);
        await LoadAsync(id, tracking: false, ct, fresh: result.Conflict);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, bool tracking, CancellationToken ct, bool fresh = false)
    {
        if (await access.MeetingAsync(id, tracking, ct, fresh) is not var (meeting, a))
        {
            return false;
        }

        (Meeting, Access) = (meeting, a);
        Planned = WorkPlanReader.Planned(await calendars.GetAsync(ct), meeting);
        return true;
    }
}
