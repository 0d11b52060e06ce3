using Kenes.Web.Features.Account;
using Kenes.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Kenes.Web.Features.Meetings.Planning.Pages;

/// <summary>M9: the work plan of the term with its gaps, the meetings, and the form to plan one.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class WorkPlanModel(MeetingAccess access, WorkPlanReader plans, MeetingSchedule schedule, IStringLocalizer<Texts> texts) : PageModel
{
    [BindProperty]
    public MeetingForm Input { get; set; } = new();

    public WorkPlan? Plan { get; private set; }

    public bool CanChange { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await access.CouncilForStaffAsync(id, ct) is not { } a)
        {
            return NotFound();
        }

        if (!a.CanChange)
        {
            return Forbid();
        }

        var (meeting, result) = await schedule.PlanAsync(a.Council, Input.ToInput(), ct);
        if (result.Ok)
        {
            return Redirect(PlanningLinks.Meeting(meeting!.Id) + "?done=planned");
        }

        ModelState.AddErrors(nameof(Input), result.Violations, texts);
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await access.CouncilForStaffAsync(id, ct) is not { } a)
        {
            return false;
        }

        CanChange = a.CanChange;
        Plan = await plans.LoadAsync(a.Council, ct);
        return true;
    }
}
