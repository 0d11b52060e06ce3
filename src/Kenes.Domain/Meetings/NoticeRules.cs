using Kenes.Domain.Calendar;
using Kenes.Domain.Formation;
using Kenes.Domain.Law;
using NodaTime;

namespace Kenes.Domain.Meetings;

/// <summary>
/// M12.4: "No later than ten working days before the meeting, the secretary notifies the members of its
/// place, time and agenda and provides them with the necessary materials."
/// </summary>
public static class NoticeRules
{
    /// <summary>The shortest reason accepted for a notice sent after the latest notice date.</summary>
    public const int MinLateReasonLength = 10;

    /// <summary>
    /// Null when the notice may be sent on <paramref name="today"/>; otherwise why not.
    /// The notice states the agenda, so a meeting without agenda items cannot be notified; a meeting
    /// already past cannot be notified at all.
    /// Interpretation: a notice after <see cref="NoticeDeadline.LatestNoticeDate"/> still informs the
    /// members, so Kenes does not forbid it outright: it is sent only with a written reason of at least
    /// ten characters, and the caller records it as a deviation from M12.4.
    /// </summary>
    [Implements("M12.4")]
    public static FieldViolation? CheckCanSend(WorkingDayCalendar cal, LocalDate meetingDate, LocalDate today, int agendaItems, string? lateReason)
    {
        ArgumentNullException.ThrowIfNull(cal);
        ArgumentOutOfRangeException.ThrowIfNegative(agendaItems);
        var norm = Norms.Get("M12.4");

        if (meetingDate < today)
        {
            return new(norm, MeetingFieldNames.Date, MeetingViolationCodes.NoticeMeetingPast,
                $"M12.4: the meeting date {meetingDate:uuuu-MM-dd} has passed; a notice can no longer be sent.");
        }

        if (agendaItems == 0)
        {
            return new(norm, MeetingFieldNames.Agenda, MeetingViolationCodes.NoticeAgendaRequired,
                "M12.4: the notice states the agenda; add at least one agenda item.");
        }

        var latest = NoticeDeadline.LatestNoticeDate(cal, meetingDate);
        if (today > latest.Date && (lateReason?.Trim().Length ?? 0) < MinLateReasonLength)
        {
            return new(norm, MeetingFieldNames.LateReason, MeetingViolationCodes.NoticeTooLate,
                $"M12.4: the latest notice date was {latest.Date:uuuu-MM-dd} (10 working days before the meeting); record the reason for the late notice (at least {MinLateReasonLength} characters).");
        }

        return null;
    }

    /// <summary>Whether a notice sent on <paramref name="today"/> is a deviation from M12.4 (after the latest notice date).</summary>
    [Implements("M12.4")]
    public static bool IsLate(WorkingDayCalendar cal, LocalDate meetingDate, LocalDate today) =>
        !NoticeDeadline.IsInTime(cal, meetingDate, today);
}
