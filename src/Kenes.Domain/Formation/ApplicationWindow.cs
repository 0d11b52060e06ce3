using Kenes.Domain.Calendar;
using Kenes.Domain.Law;
using NodaTime;

namespace Kenes.Domain.Formation;

/// <summary>
/// R8: "Interested persons, within five working days from the date the announcement is published,
/// submit an application" — the period in which applications to a new council are on time.
/// </summary>
/// <param name="Opens">The day after publication: the first day of the period.</param>
/// <param name="Closes">The submission deadline: the 5th working day after publication, inclusive.</param>
public sealed record ApplicationWindow(LocalDate Published, LocalDate Opens, Deadline Closes)
{
    public const int WorkingDays = 5;

    /// <summary>
    /// The R8 application window for an announcement published on <paramref name="published"/>.
    /// Interpretation (DESIGN.md §2, 1): "within N working days from date D" ends on the N-th
    /// working day after D — counting starts the next day, and the whole of that day is inside.
    /// The period opens on the calendar day after publication, working or not, because e-mailed
    /// applications can arrive on any day.
    /// </summary>
    [Implements("R8")]
    public static ApplicationWindow For(WorkingDayCalendar calendar, LocalDate published)
    {
        var closes = Deadline.Compute(calendar, "R8", published, WorkingDays,
            "Interpretation: the period runs from the day after publication through the 5th working day after it, inclusive.");
        return new ApplicationWindow(published, published.PlusDays(1), closes);
    }

    /// <summary>
    /// Where an application received on <paramref name="received"/> falls. A late application is
    /// still registered and marked late (DESIGN.md §2, R8), so this classifies and never refuses.
    /// Interpretation: one received on the publication day itself is early, not late; the web layer
    /// decides whether to accept it as on time.
    /// </summary>
    [Implements("R8")]
    public SubmissionTiming Classify(LocalDate received) =>
        received < Opens ? SubmissionTiming.Early
        : received <= Closes.Date ? SubmissionTiming.OnTime
        : SubmissionTiming.Late;
}
