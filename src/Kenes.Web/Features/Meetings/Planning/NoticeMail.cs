using System.Text;
using Kenes.Domain.Meetings;
using Kenes.Infrastructure.Mail;
using Kenes.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;

namespace Kenes.Web.Features.Meetings.Planning;

public enum NoticeKind
{
    Notice,
    Update,
    Cancellation,
}

/// <summary>
/// M12.4: the notice e-mail — place, time, agenda and links to the materials and the iCalendar
/// invitation — in Kazakh and then Russian, one message per member in office with an e-mail address,
/// queued in the caller's unit of work, with the invitation attached as an iCalendar file (and linked).
/// </summary>
public sealed class NoticeMail(KenesDbContext db, IClock clock)
{
    /// <summary>Members in office with an address; queues a message to each and returns how many.</summary>
    public async Task<int> QueueAsync(Meeting meeting, Council council, NoticeKind kind, string baseUrl, CancellationToken ct)
    {
        var recipients = await db.CompositionMembers.AsNoTracking()
            .Where(m => m.CouncilId == council.Id && m.ApprovedByOrderId != null && m.RemovedByOrderId == null && m.Email != null && m.Email != "")
            .Select(m => m.Email!).ToListAsync(ct);
        var subject = Subject(meeting, council, kind);
        var body = Body(meeting, council, kind, baseUrl);
        // The invitation travels with the notice, so a calendar adds, moves or cancels the meeting by its UID/SEQUENCE.
        var invite = MeetingInvitation.Invite(meeting, council, baseUrl, clock.GetCurrentInstant());
        var method = kind == NoticeKind.Cancellation ? "CANCEL" : "REQUEST";
        var attachment = ("invite.ics", $"text/calendar; charset=utf-8; method={method}", Encoding.UTF8.GetBytes(invite));
        foreach (var to in recipients.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            db.QueueMail(clock, to, subject, body, attachment);
        }

        return recipients.Count;
    }

    public static string Subject(Meeting meeting, Council council, NoticeKind kind)
    {
        var (kk, ru) = kind switch
        {
            NoticeKind.Update => ("Өзгеріс", "Изменение"),
            NoticeKind.Cancellation => ("Күші жойылды", "Отменено"),
            _ => ("Хабарлама", "Уведомление"),
        };
        return $"{kk} / {ru}: {council.DirectionKk} — № {meeting.Number}, {Iso(meeting.Date)} {MeetingSchedule.FormatTime(meeting.StartsAt)}";
    }

    public static string Body(Meeting meeting, Council council, NoticeKind kind, string baseUrl)
    {
        var text = new StringBuilder();
        Section(text, meeting, council, kind, baseUrl, kk: true);
        text.AppendLine().AppendLine("————————————————").AppendLine();
        Section(text, meeting, council, kind, baseUrl, kk: false);
        return text.ToString();
    }

    private static void Section(StringBuilder text, Meeting meeting, Council council, NoticeKind kind, string baseUrl, bool kk)
    {
        string T(string k, string r) => kk ? k : r;
        text.AppendLine(kind switch
        {
            NoticeKind.Update => T("Салалық кеңес отырысының уақыты, орны немесе форматы өзгерді (M12.4).", "Изменились время, место или формат заседания отраслевого совета (M12.4)."),
            NoticeKind.Cancellation => T("Салалық кеңестің отырысы өтпейді.", "Заседание отраслевого совета отменено."),
            _ => T("Салалық кеңес отырысы туралы хабарлама (үлгілік ереженің 12-тармағының 4) тармақшасы, M12.4).", "Уведомление о заседании отраслевого совета (подпункт 4) пункта 12 типового положения, M12.4)."),
        });
        text.AppendLine();
        text.AppendLine(T("Кеңес: ", "Совет: ") + (kk ? council.DirectionKk : council.DirectionRu));
        text.AppendLine(T("Отырыс № ", "Заседание № ") + meeting.Number);
        text.AppendLine(T("Күні мен уақыты: ", "Дата и время: ") + $"{Iso(meeting.Date)} {MeetingSchedule.FormatTime(meeting.StartsAt)} (Asia/Almaty)");
        text.AppendLine(T("Өткізу нысаны: ", "Форма проведения: ") + meeting.Mode switch
        {
            MeetingMode.InPerson => T("бетпе-бет", "очно"),
            MeetingMode.Remote => T("қашықтан (бейнеконференция)", "дистанционно (видеоконференция)"),
            _ => T("аралас", "смешанно"),
        });
        if (meeting.Place is { } place)
        {
            text.AppendLine(T("Орны: ", "Место: ") + place);
        }

        if (meeting.VideoLink is { } link)
        {
            text.AppendLine(T("Бейнеконференция сілтемесі: ", "Ссылка на видеоконференцию: ") + link);
        }

        if (meeting.ElectsChair)
        {
            text.AppendLine(T("Құрамның бірінші отырысы: төрағаны сайлау (M7).", "Первое заседание состава: избрание председателя (M7)."));
        }

        if (kind != NoticeKind.Cancellation)
        {
            text.AppendLine().AppendLine(T("Күн тәртібі:", "Повестка дня:"));
            foreach (var item in meeting.Items.OrderBy(i => i.Order))
            {
                text.AppendLine($"{item.Order}. {item.Title} [{AgendaSubjectNorms.NormOf(item.Subject.ToString()).Id}]");
                foreach (var material in item.Materials.OrderBy(m => m.FileName).ThenBy(m => m.FileVersion))
                {
                    text.AppendLine($"   {T("Материал", "Материал")}: {material.FileName} (v{material.FileVersion}) — {baseUrl}{PlanningLinks.Material(material.Id)}");
                }
            }

            text.AppendLine().AppendLine(T("Күнтізбеге қосу (iCalendar): ", "Добавить в календарь (iCalendar): ") + baseUrl + PlanningLinks.Invite(meeting.Id));
        }

        text.AppendLine(T("Отырыс беті: ", "Страница заседания: ") + baseUrl + PlanningLinks.Meeting(meeting.Id));
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
