using Kenes.Domain.Calendar;
using Kenes.Domain.Formation;
using Kenes.Infrastructure.Persistence;
using NodaTime;

namespace Kenes.Infrastructure.Demo;

/// <summary>
/// A realistic past announcement for the agriculture council: published three weeks ago, its
/// application period over, applications screened — so a newcomer sees every stage, and a late
/// application can be tried on the portal at once.
/// </summary>
public static class DemoFormation
{
    public static Announcement PastAnnouncement(Council council, StateBody body, LocalDate today, Instant now)
    {
        var published = today.PlusDays(-21);
        var (window, screening) = AnnouncementRules.Deadlines(WorkingDayCalendar.Load(), published);
        return new Announcement
        {
            Id = Guid.NewGuid(),
            CouncilId = council.Id,
            Number = $"{body.Code}-{published.Year}-001",
            Status = AnnouncementStatus.Published,
            DirectionKk = council.DirectionKk,
            DirectionRu = council.DirectionRu,
            DirectionEn = council.DirectionEn,
            DocumentsKk = "1) Қағидаларға 1-қосымшаға сәйкес нысан бойынша жазбаша өтініш;\n2) Еңбек кодексінің 35-бабына сәйкес еңбек қызметін растайтын құжат.",
            DocumentsRu = "1) письменное заявление по форме согласно приложению 1 к Правилам;\n2) документ, подтверждающий трудовую деятельность (статья 35 Трудового кодекса).",
            DocumentsEn = "1) a written application in the form of Annex 1 to the Rules;\n2) a document confirming work experience (Labour Code, art. 35).",
            PostalAddress = body.PostalAddress,
            Email = body.Email,
            PublishedOn = published,
            PublishedAt = now - Duration.FromDays(21),
            SubmissionDeadline = window.Closes.Date,
            ScreeningDeadline = screening.Date,
            CreatedAt = now - Duration.FromDays(22),
            Version = Guid.NewGuid(),
        };
    }

    public static IEnumerable<CouncilApplication> Applications(Announcement announcement, Instant now)
    {
        (string Surname, string First, string? Patronymic, string? Organization, bool Admitted, string Reason)[] people =
        [
            ("Жақсылықов", "Ерболат", "Маратұлы", "«ҚазАгро» ҰБХ» АҚ", true, ScreeningRules.DefaultAdmitReason),
            ("Сәрсенбаева", "Гүлмира", null, "Қазақ ұлттық аграрлық зерттеу университеті", true, ScreeningRules.DefaultAdmitReason),
            ("Петренко", "Ольга", "Викторовна", "Ассоциация фермеров Казахстана", true, ScreeningRules.DefaultAdmitReason),
            ("Қуанышев", "Дәулет", null, null, false, "R9.2: еңбек қызметін растайтын құжат берілмеген"),
        ];
        var received = announcement.PublishedOn!.Value.PlusDays(2);
        var n = 0;
        foreach (var p in people)
        {
            n++;
            yield return new CouncilApplication
            {
                Id = Guid.NewGuid(),
                AnnouncementId = announcement.Id,
                ReceiptNumber = $"KN-DEMO{n}-AGRO{n}",
                Channel = n % 2 == 0 ? ApplicationChannel.InPerson : ApplicationChannel.Online,
                ReceivedOn = received,
                ReceivedAt = now - Duration.FromDays(19),
                Surname = p.Surname,
                FirstName = p.First,
                Patronymic = p.Patronymic,
                IndependentExpert = p.Organization is null,
                Organization = p.Organization,
                Email = $"demo{n}@agro.example.kz",
                PersonKey = $"demo{n}@agro.example.kz",
                Phone = $"+7701000000{n}",
                ConsentAt = now - Duration.FromDays(19),
                ConsentText = "demo",
                Status = p.Admitted ? ApplicationStatus.Admitted : ApplicationStatus.Rejected,
                DecisionReason = p.Reason,
                DecidedAt = now - Duration.FromDays(14),
                Version = Guid.NewGuid(),
            };
        }
    }
}
