namespace Kenes.Domain.Formation;

/// <summary>
/// Where a council is in its R4 lifecycle on a given day. "Renewed" is not a phase here: the web
/// layer shows it from the history of approval orders.
/// </summary>
public enum CouncilPhase
{
    /// <summary>No composition approved yet: announcement, applications, screening, composition.</summary>
    Forming,

    /// <summary>The approval order exists but its date is still ahead.</summary>
    Approved,

    /// <summary>Within the three-year term, before the renewal warning.</summary>
    InOffice,

    /// <summary>The last <see cref="CouncilTerm.WarningDays"/> days of the term: time to renew.</summary>
    TermEnding,

    /// <summary>The day after the last day in office, and later.</summary>
    TermEnded,
}
