using Kenes.Domain.Calendar;
using Kenes.Domain.Law;
using NodaTime;

namespace Kenes.Domain.Meetings;

/// <summary>
/// M12.4: "No later than ten working days before a meeting, the secretary notifies the members of
/// its place, time and agenda and provides the materials."
/// </summary>
public static class NoticeDeadline
{
    public const int WorkingDays = 10;

    /// <summary>
    /// The latest date the notice with materials may be sent for a meeting on <paramref name="meetingDate"/>.
    /// Interpretation (DESIGN.md §2, 2): "no later than N working days before D" means on or before
    /// D − N working days, counting back from the day before the meeting.
    /// </summary>
    [Implements("M12.4")]
    public static Deadline LatestNoticeDate(WorkingDayCalendar calendar, LocalDate meetingDate) =>
        Deadline.Compute(calendar, "M12.4", meetingDate, -WorkingDays,
            "Interpretation: the notice must be sent on or before the 10th working day before the meeting date.");

    /// <summary>Whether a notice sent on <paramref name="sentOn"/> meets M12.4 for the meeting.</summary>
    [Implements("M12.4")]
    public static bool IsInTime(WorkingDayCalendar calendar, LocalDate meetingDate, LocalDate sentOn) =>
        sentOn <= calendar.AddWorkingDaysFast(meetingDate, -WorkingDays);
}
