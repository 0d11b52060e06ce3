using Kenes.Domain.Calendar;
using Kenes.Domain.Law;
using Kenes.Domain.Meetings;
using Kenes.Infrastructure.Persistence;
using Kenes.Infrastructure.Time;
using Kenes.Web.Features.Calendar;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Kenes.Web.Features.Meetings.Planning;

/// <summary>One month of the term: its meetings, and whether it is a gap (no meeting planned) still ahead or already missed.</summary>
public sealed record WorkPlanMonth(int Year, int Month, bool HasMeeting, bool Past, IReadOnlyList<Meeting> Meetings)
{
    public bool Gap => !HasMeeting && !Past;

    public bool Missed => !HasMeeting && Past;
}

/// <summary>
/// A meeting with its M12.4 latest notice date; none for a meeting older than the working-day
/// calendar (history kept from before the order took effect in 2023).
/// </summary>
public sealed record PlannedMeeting(Meeting Meeting, Deadline? LatestNotice, bool NoticeLate);

/// <summary>
/// M9: the work plan of the term — every calendar month with its meetings. A month without a planned
/// meeting that has not ended yet is a gap to fill; one that has ended is a missed month.
/// Interpretation: cancelled meetings do not count; planned and notified ones do, because the plan is
/// checked before the meetings happen.
/// </summary>
[Implements("M9")]
public sealed record WorkPlan(Council Council, LocalDate Today, IReadOnlyList<WorkPlanMonth> Months, IReadOnlyList<PlannedMeeting> Meetings)
{
    public IEnumerable<WorkPlanMonth> Gaps => Months.Where(m => m.Gap);

    public IEnumerable<WorkPlanMonth> MissedMonths => Months.Where(m => m.Missed);
}

public sealed class WorkPlanReader(KenesDbContext db, CalendarSource calendars, IClock clock)
{
    public async Task<WorkPlan> LoadAsync(Council council, CancellationToken ct)
    {
        var today = clock.TodayInAlmaty();
        var calendar = await calendars.GetAsync(ct);
        // The plan is the current term's (M9): earlier terms are history, shown on the council page, and
        // loading them would make this page grow with the years and reach dates the calendar cannot count.
        var query = db.Meetings.AsNoTracking().Where(m => m.CouncilId == council.Id);
        if (council.TermStarts is { } from && council.TermEnds is { } to)
        {
            query = query.Where(m => m.Date >= from && m.Date <= to);
        }

        var firstCountable = new LocalDate(WorkingDayCalendar.FirstSupportedYear, 1, 1);
        var meetings = await query.Where(m => m.Date >= firstCountable)
            .Include(m => m.Items).ThenInclude(i => i.Materials).AsSplitQuery()
            .OrderBy(m => m.Date).ThenBy(m => m.StartsAt).ThenBy(m => m.Number).ToListAsync(ct);
        var counting = meetings.Where(m => m.Status != MeetingStatus.Cancelled).ToList();
        var months = council.TermStarts is { } starts && council.TermEnds is { } ends
            ? WorkPlanRule.Months(starts, ends, counting.Select(m => m.Date))
                .Select(p => new WorkPlanMonth(p.Year, p.Month, p.HasMeeting, new LocalDate(p.Year, p.Month, 1).PlusMonths(1) <= today,
                    [.. meetings.Where(m => m.Date.Year == p.Year && m.Date.Month == p.Month)]))
                .ToList()
            : [];
        return new WorkPlan(council, today, months, [.. meetings.Select(m => Planned(calendar, m))]);
    }

    /// <summary>The M12.4 count goes back a few working days: from February 2023 it stays inside the calendar.</summary>
    private static readonly LocalDate FirstWithNoticeDate = new(WorkingDayCalendar.FirstSupportedYear, 2, 1);

    public static PlannedMeeting Planned(WorkingDayCalendar calendar, Meeting meeting) =>
        new(meeting,
            meeting.Date >= FirstWithNoticeDate ? NoticeDeadline.LatestNoticeDate(calendar, meeting.Date) : null,
            meeting.NoticeDeviationReason is not null);
}
