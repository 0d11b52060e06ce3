using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Kenes.Domain.Meetings;
using Kenes.Infrastructure.Persistence;
using NodaTime;

namespace Kenes.Web.Features.Meetings.Planning;

/// <summary>
/// iCalendar (RFC 5545) for meetings: one invitation per meeting and a feed per user. The UID is the
/// meeting's id, so every update replaces the same event; SEQUENCE is the meeting's reschedule count.
/// Interpretation: the Model Regulation sets no length for a meeting; events last two hours.
/// </summary>
public static class MeetingInvitation
{
    public const string ContentType = "text/calendar; charset=utf-8";
    public const string TimeZone = "Asia/Almaty";
    public static readonly NodaTime.Duration Length = NodaTime.Duration.FromHours(2);

    public static string Uid(Guid meetingId) => $"meeting-{meetingId:N}@kenes.kz";

    /// <summary>METHOD:REQUEST for a planned or notified meeting; METHOD:CANCEL once it is cancelled.</summary>
    public static string Invite(Meeting meeting, Council council, string baseUrl, Instant now)
    {
        var calendar = New(meeting.Status == MeetingStatus.Cancelled ? "CANCEL" : "REQUEST");
        calendar.Events.Add(Event(meeting, council, baseUrl, now));
        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    /// <summary>A subscription: METHOD:PUBLISH, every meeting given, cancelled ones marked so calendars drop them.</summary>
    public static string Feed(IEnumerable<(Meeting Meeting, Council Council)> meetings, string baseUrl, Instant now)
    {
        var calendar = New("PUBLISH");
        calendar.AddProperty("X-WR-CALNAME", "Kenes");
        foreach (var (meeting, council) in meetings)
        {
            calendar.Events.Add(Event(meeting, council, baseUrl, now));
        }

        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    private static Ical.Net.Calendar New(string method)
    {
        var calendar = new Ical.Net.Calendar { Method = method, ProductId = "-//Kenes//Sectoral councils//KK" };
        calendar.AddTimeZone(new VTimeZone(TimeZone));
        return calendar;
    }

    private static CalendarEvent Event(Meeting meeting, Council council, string baseUrl, Instant now)
    {
        var start = meeting.Date.At(meeting.StartsAt);
        var end = start.PlusSeconds((long)Length.TotalSeconds);
        var utc = now.ToDateTimeUtc();
        var agenda = string.Join("\n", meeting.Items.OrderBy(i => i.Order)
            .Select(i => $"{i.Order}. {i.Title} [{AgendaSubjectNorms.NormOf(i.Subject.ToString()).Id}]"));
        var evt = new CalendarEvent
        {
            Uid = Uid(meeting.Id),
            Sequence = meeting.Sequence,
            Summary = $"{council.DirectionKk} / {council.DirectionRu}: № {meeting.Number}",
            Description = $"{agenda}\n\n{baseUrl}{PlanningLinks.Meeting(meeting.Id)}".Trim(),
            DtStart = new CalDateTime(start.Year, start.Month, start.Day, start.Hour, start.Minute, start.Second, TimeZone),
            DtEnd = new CalDateTime(end.Year, end.Month, end.Day, end.Hour, end.Minute, end.Second, TimeZone),
            DtStamp = new CalDateTime(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, utc.Second, "UTC"),
            Location = meeting.Place ?? meeting.VideoLink,
            Status = meeting.Status == MeetingStatus.Cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
        };
        if (meeting.VideoLink is { } link)
        {
            evt.Url = new Uri(link);
        }

        // RFC 5546: a REQUEST names its organizer; the state body that convenes the council.
        if (council.StateBody is { Email.Length: > 0 } body)
        {
            evt.Organizer = new Organizer($"mailto:{body.Email}") { CommonName = body.NameKk };
        }

        return evt;
    }
}
