using Kenes.Domain.Formation;
using Kenes.Infrastructure.Persistence;
using Kenes.Web.Features.Account;
using Kenes.Web.Features.Councils;
using Kenes.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime.Text;

namespace Kenes.Web.Features.Composition;

/// <summary>
/// The officer builds the composition (R5, R4, M6, M7, M12) and records the approval order (R11).
/// Every change is its own small form; the rules are checked on every render against the
/// composition as the next order would approve it. Staff of the state body read; only its
/// officers (and administrators) change. Another state body's council is a 404.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(
    KenesDbContext db, CurrentUser user, CompositionReader reader, CompositionEditor editor, ApproveComposition approve,
    IStringLocalizer<Texts> texts) : PageModel
{
    private static readonly HashSet<string> DoneKeys = ["added", "removed", "restored", "deputy", "justifications", "secretary", "approved", "renewal"];

    public sealed record CandidateOption(Guid Id, string FullName, string? Organization, bool IndependentExpert, string ReceiptNumber);

    public sealed class CandidateInput
    {
        public Guid? ApplicationId { get; set; }
        public int? Category { get; set; }
        public string? Position { get; set; }
    }

    public sealed class DirectInput
    {
        public string? FullName { get; set; }
        public string? Organization { get; set; }
        public string? Position { get; set; }
        public int? Category { get; set; }
        public string? Email { get; set; }
    }

    public sealed class JustificationsInput
    {
        public string? TradeUnions { get; set; }
        public string? EmployerAssociations { get; set; }
    }

    public sealed class ApprovalInput
    {
        public string? Number { get; set; }
        public string? Date { get; set; }
    }

    public CompositionSnapshot? Snapshot { get; private set; }

    public bool CanManage { get; private set; }

    public IReadOnlyList<CandidateOption> Candidates { get; private set; } = [];

    /// <summary>The violations that refused the last approval attempt (the page lists them at the form too).</summary>
    public IReadOnlyList<CompositionViolation> ApprovalRefusal { get; private set; } = [];

    public string? Done { get; private set; }

    [BindProperty]
    public Guid Version { get; set; }

    [BindProperty]
    public Guid MemberId { get; set; }

    [BindProperty]
    public bool DeputyValue { get; set; }

    [BindProperty]
    public Guid? SecretaryUserId { get; set; }

    [BindProperty]
    public CandidateInput Candidate { get; set; } = new();

    [BindProperty]
    public DirectInput Direct { get; set; } = new();

    [BindProperty]
    public JustificationsInput Justifications { get; set; } = new();

    [BindProperty]
    public ApprovalInput Approval { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, string? done, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var council = Snapshot!.Council;
        Version = council.Version;
        Justifications = new JustificationsInput
        {
            TradeUnions = council.TradeUnionsJustification,
            EmployerAssociations = council.EmployerAssociationsJustification,
        };
        SecretaryUserId = council.SecretaryUserId;
        Approval.Date = LocalDatePattern.Iso.Format(Snapshot.Today);
        Done = done is not null && DoneKeys.Contains(done) ? done : null;
        return Page();
    }

    public Task<IActionResult> OnPostAddCandidateAsync(Guid id, CancellationToken ct) =>
        PostAsync(id, nameof(Candidate), "added", (c, _) => editor.AddMemberAsync(c,
            new AddMemberRequest(Candidate.ApplicationId ?? Guid.Empty, null, null, Candidate.Position, Candidate.Category, null, null, Version),
            user.Id, ct), ct);

    public Task<IActionResult> OnPostAddDirectAsync(Guid id, CancellationToken ct) =>
        PostAsync(id, nameof(Direct), "added", (c, _) => editor.AddMemberAsync(c,
            new AddMemberRequest(null, Direct.FullName, Direct.Organization, Direct.Position, Direct.Category, Direct.Email, null, Version),
            user.Id, ct), ct);

    public Task<IActionResult> OnPostRemoveAsync(Guid id, CancellationToken ct) =>
        PostAsync(id, "", "removed", (c, _) => editor.RemoveMemberAsync(c, MemberId, Version, user.Id, ct), ct);

    public Task<IActionResult> OnPostRestoreAsync(Guid id, CancellationToken ct) =>
        PostAsync(id, "", "restored", (c, _) => editor.RestoreMemberAsync(c, MemberId, Version, user.Id, ct), ct);

    public Task<IActionResult> OnPostDeputyChairAsync(Guid id, CancellationToken ct) =>
        PostAsync(id, "", "deputy", (c, _) => editor.SetDeputyChairAsync(c, MemberId, new DeputyChairRequest(DeputyValue, Version), user.Id, ct), ct);

    public Task<IActionResult> OnPostJustificationsAsync(Guid id, CancellationToken ct) =>
        PostAsync(id, nameof(Justifications), "justifications", (c, _) => editor.SetJustificationsAsync(c,
            new JustificationsRequest(Justifications.TradeUnions, Justifications.EmployerAssociations, Version), user.Id, ct), ct);

    public Task<IActionResult> OnPostSecretaryAsync(Guid id, CancellationToken ct) =>
        PostAsync(id, "", "secretary", (c, s) => editor.SetSecretaryAsync(c,
            new SecretaryRequest(SecretaryUserId, Version), s.SecretaryCandidates, user.Id, ct), ct);

    public Task<IActionResult> OnPostRenewalAsync(Guid id, CancellationToken ct) =>
        PostAsync(id, "", "renewal", (c, s) => editor.MarkRenewalAsync(c, s, Version, user.Id, ct), ct);

    public Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken ct) =>
        PostAsync(id, nameof(Approval), "approved", (_, s) => approve.HandleAsync(s,
            new ApproveRequest(Approval.Number, Approval.Date, null, Version), user.Id, ct), ct);

    private async Task<IActionResult> PostAsync(
        Guid id, string form, string done, Func<Council, CompositionSnapshot, Task<EditResult>> action, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!CanManage)
        {
            return Forbid();
        }

        var result = await action(Snapshot!.Council, Snapshot);
        if (result.Status == EditStatus.Saved)
        {
            return RedirectToPage(new { id, done });
        }

        // Nothing of a refused change may linger in the context and show up as if it were saved.
        db.ChangeTracker.Clear();
        switch (result.Status)
        {
            case EditStatus.Conflict:
                ModelState.AddModelError(string.Empty, texts["composition.conflict"]);
                break;
            case EditStatus.NotFound:
                ModelState.AddModelError(string.Empty, texts["composition.member_gone"]);
                break;
            case EditStatus.Violations:
                ApprovalRefusal = result.Violations ?? [];
                ModelState.AddModelError(string.Empty, texts["composition.approve.refused"]);
                break;
            default:
                foreach (var (field, messages) in result.Errors ?? new Dictionary<string, string[]>())
                {
                    var key = form.Length == 0 ? string.Empty : $"{form}.{char.ToUpperInvariant(field[0])}{field[1..]}";
                    foreach (var message in messages)
                    {
                        ModelState.AddModelError(key, message);
                    }
                }

                break;
        }

        await LoadAsync(id, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var council = await db.FindVisibleAsync(id, user, ct);
        if (council is null)
        {
            return false;
        }

        Snapshot = await reader.LoadAsync(council, ct);
        CanManage = user.CanManage(council.StateBodyId);
        if (CanManage)
        {
            var used = Snapshot.Members.Where(m => m.RemovedByOrderId == null && m.ApplicationId != null)
                .Select(m => m.ApplicationId!.Value).ToHashSet();
            var admitted = await db.Applications.AsNoTracking()
                .Where(a => a.Status == ApplicationStatus.Admitted && a.Announcement!.CouncilId == council.Id)
                .ToListAsync(ct);
            Candidates = admitted.Where(a => !used.Contains(a.Id))
                .Select(a => new CandidateOption(a.Id, a.FullName, a.Organization, a.IndependentExpert, a.ReceiptNumber))
                .OrderBy(a => a.FullName, StringComparer.Ordinal).ToList();
        }

        return true;
    }
}
