using Kenes.Infrastructure.Persistence;
using Kenes.Web.Features.Account;
using Kenes.Web.Features.Councils;
using Kenes.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Kenes.Web.Features.Formation.Pages;

/// <summary>R6–R7: the officer drafts the announcement, prefilled from the council and the state body.</summary>
[Authorize(Policy = Policies.ManageCouncils)]
public sealed class NewAnnouncementModel(KenesDbContext db, CurrentUser user, Announcements announcements, IStringLocalizer<Texts> texts) : PageModel
{
    [BindProperty]
    public AnnouncementInput Input { get; set; } = new();

    public Council? Council { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid councilId, CancellationToken ct)
    {
        Council = await db.FindVisibleAsync(councilId, user, ct);
        if (Council is null || !user.CanManage(Council.StateBodyId))
        {
            return NotFound();
        }

        Input = AnnouncementInput.Prefill(Council);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid councilId, CancellationToken ct)
    {
        Council = await db.FindVisibleAsync(councilId, user, ct);
        if (Council is null || !user.CanManage(Council.StateBodyId))
        {
            return NotFound();
        }

        var outcome = await announcements.CreateDraftAsync(Council, Input.ToDraft(), ct);
        if (!outcome.Ok)
        {
            Input.AddErrors(ModelState, outcome.Violations, texts);
            return Page();
        }

        return Redirect($"/announcements/{outcome.Announcement!.Id}");
    }
}
