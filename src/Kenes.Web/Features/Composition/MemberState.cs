using Kenes.Infrastructure.Persistence;

namespace Kenes.Web.Features.Composition;

/// <summary>Where a composition row stands in its history of orders (R11).</summary>
public enum MemberState
{
    /// <summary>Proposed; becomes a member with the next order.</summary>
    Draft,

    /// <summary>Approved by an order and not removed.</summary>
    InOffice,

    /// <summary>In office, and leaves with the next order (a change of an approved composition).</summary>
    PendingRemoval,

    /// <summary>Removed by an order; kept for the history.</summary>
    Removed,
}

public static class MemberStates
{
    public static MemberState StateOf(this CompositionMember m) =>
        m.RemovedByOrderId is not null ? MemberState.Removed
        : m.ApprovedByOrderId is null ? MemberState.Draft
        : m.PendingRemoval ? MemberState.PendingRemoval
        : MemberState.InOffice;
}
