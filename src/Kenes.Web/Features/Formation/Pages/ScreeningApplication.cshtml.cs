using Kenes.Infrastructure.Persistence;
using Kenes.Web.Features.Account;
using Kenes.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Kenes.Web.Features.Formation.Pages;

/// <summary>R10: one application with its documents; the HR officer admits or rejects it with a reason.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ScreeningApplicationModel(KenesDbContext db, CurrentUser user, Screening screening, IStringLocalizer<Texts> texts) : PageModel
{
    public CouncilApplication Application { get; private set; } = null!;

    public bool CanScreen => user.CanScreen(Application.Announcement!.Council!.StateBodyId);

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, bool decided, CancellationToken ct)
    {
        if (await db.FindApplicationAsync(id, user, ct) is not { } application)
        {
            return NotFound();
        }

        Application = application;
        Version = application.Version;
        Notice = decided ? texts["screening.decided"].Value : null;
        return Page();
    }

    public Task<IActionResult> OnPostAdmitAsync(Guid id, CancellationToken ct) => DecideAsync(id, admit: true, ct);

    public Task<IActionResult> OnPostRejectAsync(Guid id, CancellationToken ct) => DecideAsync(id, admit: false, ct);

    private async Task<IActionResult> DecideAsync(Guid id, bool admit, CancellationToken ct)
    {
        if (await db.FindApplicationAsync(id, user, ct) is not { } application)
        {
            return NotFound();
        }

        Application = application;
        if (!CanScreen)
        {
            return Forbid();
        }

        var (outcome, violation) = await screening.DecideAsync(application, admit, Reason, Version, user.Id, ct);
        switch (outcome)
        {
            case Screening.Outcome.Decided:
                return Redirect($"/hr/applications/{id}?decided=true");
            case Screening.Outcome.Invalid:
                ModelState.AddModelError(nameof(Reason), texts.Message(violation!));
                return Page();
            default:
                // Someone decided first: show their decision, keep ours out.
                db.ChangeTracker.Clear();
                Application = (await db.FindApplicationAsync(id, user, ct))!;
                Version = Application.Version;
                ModelState.AddModelError(string.Empty, await screening.CurrentDecisionAsync(id, ct) is { } decision
                    ? texts.ConflictMessage(decision)
                    : texts["screening.conflict"].Value);
                return Page();
        }
    }
}
