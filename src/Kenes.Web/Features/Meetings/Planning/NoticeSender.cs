using Kenes.Domain.Law;
using Kenes.Domain.Meetings;
using Kenes.Infrastructure.Persistence;
using Kenes.Infrastructure.Time;
using Kenes.Web.Features.Calendar;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Kenes.Web.Features.Meetings.Planning;

/// <summary>
/// M12.4: sends the notice. A notice after the latest notice date needs the secretary's reason, which is
/// recorded on the meeting as a deviation; the meeting, the reason and every member's e-mail are saved
/// together or not at all.
/// </summary>
[Implements("M12.4")]
public sealed class NoticeSender(KenesDbContext db, CalendarSource calendars, IClock clock, NoticeMail mail)
{
    public const int MaxReason = 1000;

    public async Task<PlanningResult> SendAsync(Meeting meeting, Council council, NoticeInput input, string baseUrl, CancellationToken ct)
    {
        if (meeting.Status != MeetingStatus.Planned)
        {
            return PlanningResult.Refused("M12.4", MeetingFieldNames.Agenda, meeting.NoticeSentOn is null ? PlanningCodes.NotOpen : PlanningCodes.NoticeAlreadySent,
                $"M12.4: the meeting is {meeting.Status}; the notice cannot be sent.");
        }

        var reason = input.LateReason?.Trim();
        if (reason is { Length: > MaxReason })
        {
            return PlanningResult.Refused("M12.4", MeetingFieldNames.LateReason, PlanningCodes.ReasonTooLong, $"M12.4: at most {MaxReason} characters.");
        }

        var calendar = await calendars.GetAsync(ct);
        var today = clock.TodayInAlmaty();
        if (NoticeRules.CheckCanSend(calendar, meeting.Date, today, meeting.Items.Count, reason) is { } refused)
        {
            return PlanningResult.Refused([refused]);
        }

        meeting.NoticeSentOn = today;
        meeting.NoticeDeviationReason = NoticeRules.IsLate(calendar, meeting.Date, today) ? reason : null;
        meeting.Status = MeetingStatus.Noticed;
        meeting.Version = Guid.NewGuid();
        await mail.QueueAsync(meeting, council, NoticeKind.Notice, baseUrl, ct);
        try
        {
            await db.SaveChangesAsync(ct);
            return PlanningResult.Saved;
        }
        catch (DbUpdateConcurrencyException)
        {
            return PlanningResult.Stale;
        }
    }
}
