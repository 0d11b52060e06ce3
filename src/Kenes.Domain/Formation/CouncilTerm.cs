using Kenes.Domain.Law;
using NodaTime;

namespace Kenes.Domain.Formation;

/// <summary>
/// R4: "The term of office of the approved composition of the sectoral council is three years."
/// Both ends are inside the term.
/// </summary>
/// <param name="Starts">The first day in office: the date of the R11 approval order.</param>
/// <param name="Ends">The last day in office.</param>
public sealed record CouncilTerm(LocalDate Starts, LocalDate Ends)
{
    public const int Years = 3;

    /// <summary>DESIGN.md §2, R4: Kenes warns this many days before the term ends and opens a renewal cycle.</summary>
    public const int WarningDays = 90;

    /// <summary>The first day of the renewal warning (<see cref="WarningDays"/> days before <see cref="Ends"/>).</summary>
    public LocalDate WarningFrom => Ends.PlusDays(-WarningDays);

    /// <summary>
    /// The term of a composition approved by an order dated <paramref name="orderDate"/>.
    /// Interpretation: the composition is in office from the order's date, and three years from it
    /// end the day before the third anniversary (2026-03-15 → 2029-03-14). For an order of 29
    /// February the anniversary falls on 28 February, so the last day is 27 February. (Under the
    /// Civil Code's counting from the next day the term would run one day later at both ends; the
    /// order says the term is the approved composition's, and it is approved on the order's date.)
    /// </summary>
    [Implements("R4")]
    public static CouncilTerm FromOrder(LocalDate orderDate) =>
        new(orderDate, orderDate.PlusYears(Years).PlusDays(-1));

    /// <summary>Whether <paramref name="date"/> is a day in office.</summary>
    public bool Contains(LocalDate date) => Starts <= date && date <= Ends;
}
