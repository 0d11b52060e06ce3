using Kenes.Domain.Formation;
using Kenes.Infrastructure.Persistence;
using NodaTime;

namespace Kenes.Infrastructure.Demo;

/// <summary>
/// The energy council in office: approved by order seven months ago, ten members (the demo chair and
/// member accounts among them), the demo secretary appointed — so meetings can be tried at once.
/// </summary>
public static class DemoComposition
{
    public static (ApprovalOrder Order, IReadOnlyList<CompositionMember> Members) InOffice(
        Council council, LocalDate today, Instant now, Guid? chairUser, Guid? memberUser)
    {
        var orderDate = today.PlusDays(-210);
        var term = CouncilTerm.FromOrder(orderDate);
        var order = new ApprovalOrder
        {
            Id = Guid.NewGuid(),
            CouncilId = council.Id,
            Number = "214-ө",
            Date = orderDate,
            Kind = ApprovalOrderKind.Initial,
            TermStarts = term.Starts,
            TermEnds = term.Ends,
            RecordedAt = now - Duration.FromDays(210),
        };
        council.TermStarts = term.Starts;
        council.TermEnds = term.Ends;
        council.Status = CouncilStatus.InOffice;
        (string Name, string Organization, string Position, MemberCategory Category, bool Deputy, bool Chair, Guid? User, string Email)[] people =
        [
            ("Мұхтаров Азамат Бекұлы", "ҚР Энергетика министрлігі", "Вице-министр", MemberCategory.StateBody, true, false, null, "a.mukhtarov@energo.gov.kz"),
            ("Ерлан Оспанов", "«Самұрық-Энерго» АҚ", "Персоналды басқару директоры", MemberCategory.Employers, false, true, chairUser, "chair@demo.kenes.kz"),
            ("Сәуле Ибраева", "Алматы энергетика және байланыс университеті", "Проректор", MemberCategory.Education, false, false, memberUser, "member@demo.kenes.kz"),
            ("Жанұзақов Бақыт", "«Атамекен» ҚР ҰКП", "Сарапшы", MemberCategory.NationalChamber, false, false, null, "b.zhanuzakov@example.kz"),
            ("Ли Виктория", "Кәсіби біліктіліктер жөніндегі ұлттық орган", "Бас сарапшы", MemberCategory.NationalBody, false, false, null, "v.li@example.kz"),
            ("Әбенов Талғат", "«KEGOC» АҚ", "Бас инженер", MemberCategory.Employers, false, false, null, "t.abenov@example.kz"),
            ("Қасымова Динара", "Энергетиктердің салалық кәсіподағы", "Төраға", MemberCategory.TradeUnions, false, false, null, "d.kassymova@example.kz"),
            ("Петров Сергей", "Қазақстан электр энергетикалық қауымдастығы", "Атқарушы директор", MemberCategory.EmployerAssociations, false, false, null, "s.petrov@example.kz"),
            ("Омарова Айнұр", "Павлодар энергетикалық колледжі", "Директор", MemberCategory.Education, false, false, null, "a.omarova@example.kz"),
            ("Нұрғалиев Бауыржан", "Тәуелсіз сарапшы", "Энергетика сарапшысы", MemberCategory.IndependentExpert, false, false, null, "b.nurgaliyev@example.kz"),
        ];
        var members = people.Select(p => new CompositionMember
        {
            Id = Guid.NewGuid(),
            CouncilId = council.Id,
            FullName = p.Name,
            Organization = p.Organization,
            Position = p.Position,
            Category = p.Category,
            IsDeputyChair = p.Deputy,
            IsChair = p.Chair,
            UserId = p.User,
            Email = p.Email,
            ApprovedByOrderId = order.Id,
            AddedAt = order.RecordedAt,
        }).ToList();
        return (order, members);
    }
}
