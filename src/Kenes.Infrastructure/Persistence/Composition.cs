using Kenes.Domain.Formation;
using NodaTime;

namespace Kenes.Infrastructure.Persistence;

public enum ApprovalOrderKind
{
    /// <summary>The first composition of the council.</summary>
    Initial,

    /// <summary>Members added or removed during a term.</summary>
    Change,

    /// <summary>A new composition after a term (a new three-year term).</summary>
    Renewal,
}

/// <summary>R11: the state body's order approving (or changing) a composition. Never edited.</summary>
public sealed class ApprovalOrder
{
    public Guid Id { get; set; }
    public Guid CouncilId { get; set; }
    public string Number { get; set; } = "";
    public LocalDate Date { get; set; }
    public ApprovalOrderKind Kind { get; set; }

    /// <summary>R4: the term the order starts (Initial, Renewal) or continues (Change).</summary>
    public LocalDate TermStarts { get; set; }
    public LocalDate TermEnds { get; set; }

    public Guid? RecordedBy { get; set; }
    public Instant RecordedAt { get; set; }
}

/// <summary>
/// A person in a council's composition. The row's history is its orders: not yet approved
/// (<see cref="ApprovedByOrderId"/> null) is the draft; approved and not removed is in office;
/// removed keeps the row with the order that removed it.
/// </summary>
public sealed class CompositionMember
{
    public Guid Id { get; set; }
    public Guid CouncilId { get; set; }
    public string FullName { get; set; } = "";
    public string Organization { get; set; } = "";
    public string Position { get; set; } = "";
    public MemberCategory Category { get; set; }
    public bool IsDeputyChair { get; set; }

    /// <summary>M7: elected chair (by the members' vote at the composition's first meeting).</summary>
    public bool IsChair { get; set; }
    public string? Email { get; set; }
    public Guid? UserId { get; set; }

    /// <summary>The admitted application the member came from; null for directly appointed representatives.</summary>
    public Guid? ApplicationId { get; set; }

    public Guid? ApprovedByOrderId { get; set; }
    public Guid? RemovedByOrderId { get; set; }

    /// <summary>Marked for removal by the next order (a change of an approved composition).</summary>
    public bool PendingRemoval { get; set; }

    public Instant AddedAt { get; set; }

    public bool InOffice => ApprovedByOrderId is not null && RemovedByOrderId is null;

    public bool IsDraft => ApprovedByOrderId is null;
}
