using Kenes.Domain.Calendar;
using Kenes.Domain.Law;
using NodaTime;

namespace Kenes.Domain.Meetings;

/// <summary>
/// M12.5: "Within three working days from the date the decisions are approved, the secretary sends a
/// copy of the minutes to the members."
/// </summary>
public static class MinutesDistributionDeadline
{
    public const int WorkingDays = 3;

    /// <summary>
    /// The last day to send the minutes signed on <paramref name="signedOn"/>.
    /// Interpretation (DESIGN.md §2, 1 and M10): decisions are formalized by the minutes, so "the date
    /// the decisions are approved" is the date the presiding member signs them; the period ends on
    /// the 3rd working day after that date, inclusive.
    /// </summary>
    [Implements("M12.5")]
    public static Deadline For(WorkingDayCalendar calendar, LocalDate signedOn) =>
        Deadline.Compute(calendar, "M12.5", signedOn, WorkingDays,
            "Interpretation: the copy of the signed minutes must be sent by the 3rd working day after signing, inclusive.");
}
