using Kenes.Infrastructure.Persistence;
using Kenes.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Kenes.Web.Features.Meetings.Session;

/// <summary>
/// The secretary runs the meeting: attendance (M9; the secretary never counts, M12), presiding (M7), opening votes
/// (refused while inquorate, M9), in-room votes, closing (M10) and the chair election (M7). Works without script;
/// live-tally.js keeps the counts current.
/// </summary>
[Authorize]
public sealed class SessionPageModel(SessionLoader loader, SessionCommands commands, CastVote vote, ElectChair elect, IStringLocalizer<Texts> texts) : PageModel
{
    private static readonly HashSet<string> DoneKeys = ["attendance", "presiding", "opened", "recorded", "closed", "elected"];

    public SessionState? S { get; private set; }

    public string? Error { get; private set; }

    public string? Done { get; private set; }

    [BindProperty]
    public Guid MemberId { get; set; }

    [BindProperty]
    public string? Mode { get; set; }

    [BindProperty]
    public Guid ItemId { get; set; }

    [BindProperty]
    public string? Choice { get; set; }

    [BindProperty]
    public string? Decision { get; set; }

    [BindProperty]
    public Dictionary<Guid, int?> Election { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, string? done, CancellationToken ct)
    {
        S = await loader.LoadAsync(id, ct);
        if (S is null)
        {
            return NotFound();
        }

        Done = done is not null && DoneKeys.Contains(done) ? done : null;
        return S.CanRun ? Page() : Forbid();
    }

    public Task<IActionResult> OnPostAttendanceAsync(Guid id, CancellationToken ct) => RunAsync(id, "attendance", s =>
        commands.RecordAttendanceAsync(s, MemberId, Enum.TryParse<AttendanceMode>(Mode, out var m) && Enum.IsDefined(m) ? m : null, ct), ct);

    public Task<IActionResult> OnPostPresidingAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, "presiding", s => commands.ChoosePresidingAsync(s, MemberId, ct), ct);

    public Task<IActionResult> OnPostOpenAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, "opened", s => commands.OpenVoteAsync(s, ItemId, ct), ct);

    public Task<IActionResult> OnPostRecordAsync(Guid id, CancellationToken ct) => RunAsync(id, "recorded", s =>
        Enum.TryParse<VoteChoice>(Choice, out var c) && Enum.IsDefined(c)
            ? vote.HandleAsync(s, ItemId, MemberId, c, ct)
            : Task.FromResult(SessionResult.Refuse("M10", "choice", "session.choice_invalid", "M10: For, Against or Abstain.", SessionStatus.Invalid)), ct);

    public Task<IActionResult> OnPostCloseAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, "closed", s => commands.CloseVoteAsync(s, ItemId, Decision, ct), ct);

    public Task<IActionResult> OnPostElectAsync(Guid id, CancellationToken ct) => RunAsync(id, "elected", s =>
        elect.HandleAsync(s, Election.Where(e => e.Value is > 0).ToDictionary(e => e.Key, e => e.Value!.Value), ct), ct);

    private async Task<IActionResult> RunAsync(Guid id, string done, Func<SessionState, Task<SessionResult>> action, CancellationToken ct)
    {
        var s = await loader.LoadAsync(id, ct);
        if (s is null)
        {
            return NotFound();
        }

        if (!s.CanRun)
        {
            return Forbid();
        }

        var result = await action(s);
        if (result.Ok)
        {
            return RedirectToPage(new { id, done });
        }

        if (result.Status == SessionStatus.NotFound)
        {
            return NotFound();
        }

        Error = texts.Message(result) ?? texts["session.refused"].Value;
        ModelState.Clear();
        S = await loader.LoadAsync(id, ct, tracking: false);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
