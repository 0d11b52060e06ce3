using Kenes.Infrastructure.Persistence;
using Kenes.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Kenes.Web.Features.Meetings.Session;

/// <summary>
/// A member votes from their own device (M10): for, against or abstain on each open item, once; refused after closing,
/// while inquorate, or when not recorded as present, each naming its norm (M9, M10, M12).
/// </summary>
[Authorize]
public sealed class VotePageModel(SessionLoader loader, CastVote vote, IStringLocalizer<Texts> texts) : PageModel
{
    public SessionState? S { get; private set; }

    public string? Error { get; private set; }

    public bool Voted { get; private set; }

    [BindProperty]
    public Guid ItemId { get; set; }

    [BindProperty]
    public string? Choice { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, bool voted, CancellationToken ct)
    {
        S = await loader.LoadAsync(id, ct);
        Voted = voted;
        return S is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var s = await loader.LoadAsync(id, ct);
        if (s is null)
        {
            return NotFound();
        }

        var result = Enum.TryParse<VoteChoice>(Choice, out var choice) && Enum.IsDefined(choice)
            ? await vote.HandleAsync(s, ItemId, null, choice, ct)
            : SessionResult.Refuse("M10", "choice", "session.choice_invalid", "M10: For, Against or Abstain.", SessionStatus.Invalid);
        if (result.Ok)
        {
            return RedirectToPage(new { id, voted = true });
        }

        if (result.Status == SessionStatus.NotFound)
        {
            return NotFound();
        }

        Error = texts.Message(result) ?? texts["session.refused"].Value;
        S = await loader.LoadAsync(id, ct, tracking: false);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
