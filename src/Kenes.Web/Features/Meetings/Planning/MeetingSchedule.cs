using Kenes.Domain.Formation;
using Kenes.Domain.Law;
using Kenes.Domain.Meetings;
using Kenes.Infrastructure.Persistence;
using Kenes.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;

namespace Kenes.Web.Features.Meetings.Planning;

/// <summary>
/// M9: plans, reschedules and cancels meetings. A meeting is numbered in sequence within its council;
/// a reschedule bumps the iCalendar SEQUENCE and, once the notice has gone out (M12.4), e-mails every
/// member the update in the same unit of work.
/// </summary>
[Implements("M9")]
public sealed class MeetingSchedule(KenesDbContext db, IClock clock, NoticeMail mail, Calendar.CalendarSource calendars)
{
    private static readonly LocalTimePattern Time = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    public async Task<(Meeting? Meeting, PlanningResult Result)> PlanAsync(Council council, MeetingInput input, CancellationToken ct)
    {
        var (draft, violations) = Parse(input, clock.TodayInAlmaty());
        if (council.TermStarts is null)
        {
            violations.Add(new FieldViolation(Norms.Get("M9"), MeetingFieldNames.Date, PlanningCodes.NoComposition,
                "M9: the council has no composition in office to meet."));
        }

        AddOutsideTerm(violations, council, draft);

        if (violations.Count > 0)
        {
            return (null, PlanningResult.Refused(violations));
        }

        var meeting = new Meeting
        {
            Id = Guid.NewGuid(),
            CouncilId = council.Id,
            Status = MeetingStatus.Planned,
            ElectsChair = input.ElectsChair,
            Version = Guid.NewGuid(),
            CreatedAt = clock.GetCurrentInstant(),
        };
        Apply(meeting, draft!);

        // The number is the next in the council; two secretaries planning at once meet the unique index, and the loser takes the next one.
        for (var attempt = 0; ; attempt++)
        {
            meeting.Number = (await db.Meetings.Where(m => m.CouncilId == council.Id).MaxAsync(m => (int?)m.Number, ct) ?? 0) + 1;
            db.Meetings.Add(meeting);
            try
            {
                await db.SaveChangesAsync(ct);
                return (meeting, PlanningResult.Saved);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                db.Entry(meeting).State = EntityState.Detached;
            }
        }
    }

    public async Task<PlanningResult> RescheduleAsync(Meeting meeting, Council council, MeetingInput input, string baseUrl, CancellationToken ct)
    {
        if (meeting.Status is not (MeetingStatus.Planned or MeetingStatus.Noticed))
        {
            return NotOpen(meeting);
        }

        var today = clock.TodayInAlmaty();
        var (draft, violations) = Parse(input, today);
        AddOutsideTerm(violations, council, draft);
        if (violations.Count > 0)
        {
            return PlanningResult.Refused(violations);
        }

        Apply(meeting, draft!);
        meeting.ElectsChair = input.ElectsChair;
        meeting.Sequence++;
        meeting.Version = Guid.NewGuid();
        if (meeting.NoticeSentOn is not null)
        {
            // M12.4 again: moving a noticed meeting closer than 10 working days makes its notice late; that is
            // recorded as a deviation next to any reason already given, never hidden.
            if (NoticeRules.IsLate(await calendars.GetAsync(ct), meeting.Date, today))
            {
                var note = $"M12.4: rescheduled on {today:uuuu-MM-dd} to {meeting.Date:uuuu-MM-dd}, less than 10 working days ahead.";
                meeting.NoticeDeviationReason = meeting.NoticeDeviationReason is { Length: > 0 } earlier ? $"{earlier} {note}" : note;
            }

            await mail.QueueAsync(meeting, council, NoticeKind.Update, baseUrl, ct);
        }

        return await SaveAsync(ct);
    }

    /// <summary>M9 meetings belong to the composition's term: a date after it ends has no members to meet.</summary>
    private static void AddOutsideTerm(List<FieldViolation> violations, Council council, MeetingDraft? draft)
    {
        if (draft is not null && council.TermEnds is { } ends && (draft.Date > ends || (council.TermStarts is { } starts && draft.Date < starts)))
        {
            violations.Add(new FieldViolation(Norms.Get("M9"), MeetingFieldNames.Date, PlanningCodes.OutsideTerm,
                $"M9: the date is outside the composition's term ({council.TermStarts:uuuu-MM-dd} – {ends:uuuu-MM-dd})."));
        }
    }

    public async Task<PlanningResult> CancelAsync(Meeting meeting, Council council, string baseUrl, CancellationToken ct)
    {
        if (meeting.Status is not (MeetingStatus.Planned or MeetingStatus.Noticed))
        {
            return NotOpen(meeting);
        }

        meeting.Status = MeetingStatus.Cancelled;
        meeting.Sequence++;
        meeting.Version = Guid.NewGuid();
        if (meeting.NoticeSentOn is not null)
        {
            await mail.QueueAsync(meeting, council, NoticeKind.Cancellation, baseUrl, ct);
        }

        return await SaveAsync(ct);
    }

    private async Task<PlanningResult> SaveAsync(CancellationToken ct)
    {
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

    private static PlanningResult NotOpen(Meeting meeting) =>
        PlanningResult.Refused("M9", MeetingFieldNames.Date, PlanningCodes.NotOpen, $"M9: the meeting is {meeting.Status} and can no longer be changed.");

    private static void Apply(Meeting meeting, MeetingDraft draft)
    {
        meeting.Date = draft.Date;
        meeting.StartsAt = draft.StartsAt;
        meeting.Mode = Enum.Parse<MeetingMode>(draft.Mode);
        meeting.Place = meeting.Mode == MeetingMode.Remote || string.IsNullOrWhiteSpace(draft.Place) ? null : draft.Place.Trim();
        meeting.VideoLink = meeting.Mode == MeetingMode.InPerson || string.IsNullOrWhiteSpace(draft.VideoLink) ? null : draft.VideoLink.Trim();
    }

    /// <summary>Parses the typed date and time, then applies <see cref="MeetingRules.Validate"/>.</summary>
    public static (MeetingDraft? Draft, List<FieldViolation> Violations) Parse(MeetingInput input, LocalDate today)
    {
        var norm = Norms.Get("M9");
        var violations = new List<FieldViolation>();
        var date = LocalDatePattern.Iso.Parse(input.Date?.Trim() ?? "");
        if (!date.Success)
        {
            violations.Add(new(norm, MeetingFieldNames.Date, PlanningCodes.DateInvalid, "M9: the meeting date must be YYYY-MM-DD."));
        }

        var time = Time.Parse(input.StartsAt?.Trim() ?? "");
        if (!time.Success)
        {
            violations.Add(new(norm, "startsAt", PlanningCodes.TimeInvalid, "M9: the start time must be HH:mm (Asia/Almaty)."));
        }

        if (violations.Count > 0)
        {
            return (null, violations);
        }

        var draft = new MeetingDraft(date.Value, time.Value, input.Mode?.Trim() ?? "", input.Place, input.VideoLink);
        violations.AddRange(MeetingRules.Validate(draft, today));
        return (violations.Count == 0 ? draft : null, violations);
    }

    public static string FormatTime(LocalTime time) => Time.Format(time);
}
