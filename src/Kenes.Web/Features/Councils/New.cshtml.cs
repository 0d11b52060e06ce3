using Kenes.Infrastructure.Persistence;
using Kenes.Web.Features.Account;
using Kenes.Web.Features.Formation;
using Kenes.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kenes.Web.Features.Councils;

/// <summary>R3, R4, M6: a state-body officer creates a council for a sectoral direction (administrators choose the body).</summary>
[Authorize(Policy = Policies.ManageCouncils)]
public sealed class NewModel(KenesDbContext db, CurrentUser user, CreateCouncil create, IStringLocalizer<Texts> texts) : PageModel
{
    [BindProperty]
    public string? DirectionKk { get; set; }

    [BindProperty]
    public string? DirectionRu { get; set; }

    [BindProperty]
    public string? DirectionEn { get; set; }

    [BindProperty]
    public int? Seats { get; set; } = 15;

    [BindProperty]
    public Guid? StateBodyId { get; set; }

    public IReadOnlyList<StateBody> StateBodies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var body = user.StateBodyId ?? StateBodyId;
        if (body is null || !StateBodies.Any(b => b.Id == body) || !user.CanManage(body.Value))
        {
            ModelState.AddModelError(nameof(StateBodyId), texts["validation.required", texts["council.body"]]);
            return Page();
        }

        var (council, violations) = await create.HandleAsync(body.Value, new CreateCouncil.Input(DirectionKk, DirectionRu, DirectionEn, Seats), user.Id, ct);
        if (council is null)
        {
            foreach (var v in violations)
            {
                ModelState.AddModelError(char.ToUpperInvariant(v.Field[0]) + v.Field[1..], v.Field == "seats"
                    ? texts["council.seats.range", SetSeats.MinSeats, SetSeats.MaxSeats]
                    : texts.Message(v));
            }

            return Page();
        }

        return Redirect($"/councils/{council.Id}");
    }

    private async Task LoadAsync(CancellationToken ct) =>
        StateBodies = await db.StateBodies.AsNoTracking()
            .Where(b => user.IsNationwide || b.Id == user.StateBodyId).OrderBy(b => b.Code).ToListAsync(ct);
}
