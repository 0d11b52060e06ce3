using Kenes.Domain.Formation;
using Kenes.Infrastructure.Persistence;
using NodaTime;

namespace Kenes.Web.Features.Composition;

/// <summary>A person who may be appointed secretary (M12): staff of the council's state body in the Secretary role.</summary>
public sealed record SecretaryCandidate(Guid UserId, string FullName);

/// <summary>
/// A council's composition at one moment: every member row with its history, the orders, the
/// term and phase (R4), and the composition as it would be after the pending changes, validated
/// by the domain's R5/M6/M7/M12 rules. Pages, the API and documents all read this one view.
/// </summary>
public sealed class CompositionSnapshot
{
    public required Council Council { get; init; }

    /// <summary>Every row ever added, in the order they were added (removed ones included).</summary>
    public required IReadOnlyList<CompositionMember> Members { get; init; }

    /// <summary>The approval orders, oldest first.</summary>
    public required IReadOnlyList<ApprovalOrder> Orders { get; init; }

    public required IReadOnlyList<SecretaryCandidate> SecretaryCandidates { get; init; }

    public required LocalDate Today { get; init; }

    public required CouncilTerm? Term { get; init; }

    public required CouncilPhase Phase { get; init; }

    /// <summary>The officer chose to renew the composition after the term warning (R4).</summary>
    public required bool RenewalIntent { get; init; }

    /// <summary>
    /// The next order will be a renewal: the officer asked for it while the term is ending, or the
    /// term has already ended (a change order cannot continue a term that is over).
    /// </summary>
    public bool RenewalMode => Orders.Count > 0
        && (Phase == CouncilPhase.TermEnded || (RenewalIntent && Phase == CouncilPhase.TermEnding));

    public ApprovalOrderKind NextOrderKind =>
        Orders.Count == 0 ? ApprovalOrderKind.Initial : RenewalMode ? ApprovalOrderKind.Renewal : ApprovalOrderKind.Change;

    public ApprovalOrder? LastOrder => Orders.Count == 0 ? null : Orders[^1];

    public IEnumerable<CompositionMember> InOffice => Members.Where(m => m.InOffice);

    /// <summary>
    /// The composition the next order would approve. A renewal starts a new composition, so only
    /// the members proposed for it count; otherwise the members in office who stay, plus the
    /// proposed ones.
    /// </summary>
    public IReadOnlyList<CompositionMember> Pending => RenewalMode
        ? Members.Where(m => m.IsDraft).ToList()
        : Members.Where(m => m.IsDraft || (m.InOffice && !m.PendingRemoval)).ToList();

    /// <summary>Something for the next order to approve: a proposed member, a removal, or a renewal.</summary>
    public bool HasPendingChanges => RenewalMode || Members.Any(m => m.IsDraft || (m.InOffice && m.PendingRemoval));

    public CompositionDraft Draft => new(
        Council.Seats,
        Pending.Select(m => new ProposedMember(m.Id, m.FullName, m.Category, m.IsDeputyChair, m.UserId)).ToList(),
        Council.TradeUnionsJustification,
        Council.EmployerAssociationsJustification,
        Council.SecretaryUserId);

    private IReadOnlyList<CompositionViolation>? violations;

    public IReadOnlyList<CompositionViolation> Violations => violations ??= CompositionRules.Validate(Draft);

    public ApprovalOrder? OrderById(Guid? id) => id is null ? null : Orders.FirstOrDefault(o => o.Id == id);

    /// <summary>The appointed secretary's name (looked up even if they since left the Secretary role).</summary>
    public required string? SecretaryName { get; init; }
}
