using Kenes.Domain.Law;
using NodaTime;

namespace Kenes.Domain.Formation;

/// <summary>The phase of a council's composition on a day; "today" comes from the caller's clock.</summary>
public static class CouncilLifecycle
{
    /// <summary>
    /// R4: "The term of office of the approved composition of the sectoral council is three years" —
    /// the phase on <paramref name="today"/> for the current composition's term (null before approval).
    /// </summary>
    [Implements("R4")]
    public static CouncilPhase PhaseOn(LocalDate today, CouncilTerm? term) =>
        term is null ? CouncilPhase.Forming
        : today < term.Starts ? CouncilPhase.Approved
        : today < term.WarningFrom ? CouncilPhase.InOffice
        : today <= term.Ends ? CouncilPhase.TermEnding
        : CouncilPhase.TermEnded;
}
