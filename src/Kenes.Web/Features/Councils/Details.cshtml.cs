using Kenes.Domain.Formation;
using Kenes.Infrastructure.Persistence;
using Kenes.Infrastructure.Time;
using Kenes.Web.Features.Account;
using Kenes.Web.Hosting;
using Kenes.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;

namespace Kenes.Web.Features.Councils;

/// <summary>A council's page for its state body's staff; another state body's council is a 404.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class DetailsModel(KenesDbContext db, CurrentUser user, SetSeats setSeats, CouncilHistoryCache histories, IClock clock,
    IStringLocalizer<Texts> texts, StaffPageCache<Guid, Council?> copies) : PageModel
{
    public Council? Council { get; private set; }

    public bool CanManage => Council is not null && user.CanManage(Council.StateBodyId);

    public bool Saved { get; private set; }

    public CouncilHistory History { get; private set; } = new([], [], [], []);

    /// <summary>R4: the lifecycle phase today, from the approved composition's term.</summary>
    public CouncilPhase Phase { get; private set; }

    public CouncilTerm? Term { get; private set; }

    [BindProperty]
    public int? Seats { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, bool saved, CancellationToken ct)
    {
        // The node's copy between changes (ADR 0013), shown only to those who may see it (as VisibleTo).
        var council = await copies.GetAsync(id, token => db.Councils.AsNoTracking().Include(c => c.StateBody)
            .FirstOrDefaultAsync(c => c.Id == id, token), ct);
        if (council is null || !user.CanSee(council.StateBodyId))
        {
            return NotFound();
        }

        Council = council;

        Seats = Council.Seats;
        Version = Council.Version;
        Saved = saved;
        Term = Council.TermStarts is { } starts && Council.TermEnds is { } ends ? new CouncilTerm(starts, ends) : null;
        Phase = CouncilLifecycle.PhaseOn(clock.TodayInAlmaty(), Term);
        History = await histories.GetAsync(db, id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        Council = await db.FindVisibleAsync(id, user, ct);
        if (Council is null)
        {
            return NotFound();
        }

        if (!CanManage)
        {
            return Forbid();
        }

        if (Seats is null)
        {
            ModelState.AddModelError(nameof(Seats), texts["validation.required", texts["council.seats"]]);
            return Page();
        }

        switch (await setSeats.HandleAsync(Council, Seats.Value, Version, user.Id, ct))
        {
            case SetSeats.Outcome.Saved:
                return RedirectToPage(new { id, saved = true });
            case SetSeats.Outcome.Conflict:
                ModelState.AddModelError(string.Empty, texts["council.conflict"]);
                return Page();
            default:
                ModelState.AddModelError(nameof(Seats), texts["council.seats.range", SetSeats.MinSeats, SetSeats.MaxSeats]);
                return Page();
        }
    }
}
