using Kenes.Domain.Calendar;
using Kenes.Domain.Law;
using NodaTime;

namespace Kenes.Domain.Formation;

/// <summary>
/// R10: "The HR service reviews the documents within five working days from the day the submission
/// period ends and forms the list of candidates."
/// </summary>
public static class ScreeningDeadline
{
    public const int WorkingDays = 5;

    /// <summary>
    /// The last day for HR to finish screening, given the R8 submission deadline.
    /// Interpretation (DESIGN.md §2, 1): the 5th working day after the day the submission period
    /// ends; the deadline day itself is not counted because applications may still arrive on it.
    /// </summary>
    [Implements("R10")]
    public static Deadline For(WorkingDayCalendar calendar, LocalDate submissionDeadline) =>
        Deadline.Compute(calendar, "R10", submissionDeadline, WorkingDays,
            "Interpretation: screening ends on the 5th working day after the last day of the R8 submission period, inclusive.");

    /// <summary>The screening deadline that follows an R8 application window.</summary>
    [Implements("R10")]
    public static Deadline For(WorkingDayCalendar calendar, ApplicationWindow window) =>
        For(calendar, window.Closes.Date);
}
