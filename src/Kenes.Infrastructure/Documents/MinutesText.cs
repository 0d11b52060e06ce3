using Kenes.Infrastructure.Documents.Text;
using Kenes.Infrastructure.Persistence;
using static Kenes.Infrastructure.Documents.Text.Wording;

namespace Kenes.Infrastructure.Documents;

/// <summary>The wording of the minutes in Kazakh and Russian, shared by <see cref="MinutesPdf"/> and <see cref="MinutesDocx"/>.</summary>
internal static class MinutesText
{
    public static string Title(DocumentLanguage l, MinutesData d) => Pick(l, $"ХАТТАМА № {d.Number}", $"ПРОТОКОЛ № {d.Number}");

    public static string Council(DocumentLanguage l, MinutesData d) => Pick(l,
        $"«{d.DirectionKk}» бағыты бойынша кәсіби біліктіліктер жөніндегі салалық кеңестің отырысы",
        $"заседания отраслевого совета по профессиональным квалификациям по направлению «{d.DirectionRu}»");

    public static string StateBody(DocumentLanguage l, MinutesData d) => Pick(l, d.StateBodyKk, d.StateBodyRu);

    public static string When(DocumentLanguage l, MinutesData d) =>
        $"{DocumentDates.Long(d.Date, l)}, {d.StartsAt:HH\\:mm} ({Pick(l, "Астана уақыты", "время Астаны")})";

    public static string Where(DocumentLanguage l, MinutesData d)
    {
        var mode = d.Mode switch
        {
            MeetingMode.InPerson => Pick(l, "Өткізу нысаны: күндізгі", "Форма проведения: очная"),
            MeetingMode.Remote => Pick(l, "Өткізу нысаны: қашықтан (бейнеконференц-байланыс)", "Форма проведения: дистанционная (видеоконференцсвязь)"),
            _ => Pick(l, "Өткізу нысаны: аралас", "Форма проведения: смешанная"),
        };
        var place = string.IsNullOrWhiteSpace(d.Place) ? "" : Pick(l, $"; өткізу орны: {d.Place}", $"; место проведения: {d.Place}");
        return mode + place + ".";
    }

    public static string Presiding(DocumentLanguage l, MinutesData d) => d.Presiding is not { } p
        ? Pick(l, "Төрағалық етуші: анықталмаған.", "Председательствующий: не определён.")
        : Pick(l, "Төрағалық етуші: ", "Председательствующий: ") + p.FullName + " (" + p.Role switch
        {
            "chair" => Pick(l, "кеңес төрағасы", "председатель совета"),
            "deputy_chair" => Pick(l, "төрағаның орынбасары, M7", "заместитель председателя, M7"),
            _ => Pick(l, "мүшелер арасынан таңдалған", "избран из числа членов"),
        } + ").";

    public static string? Deviation(DocumentLanguage l, MinutesData d) =>
        d.Presiding?.Deviation is { Length: > 0 } dev ? Pick(l, "Ауытқу (M7): ", "Отклонение (M7): ") + dev : null;

    public static string Secretary(DocumentLanguage l, MinutesData d) =>
        Pick(l, "Хатшы (кеңес мүшесі емес, M12): ", "Секретарь (не является членом совета, M12): ") + OrBlank(d.SecretaryName);

    public static string AttendanceHeading(DocumentLanguage l) => Pick(l, "Қатысқандар", "Присутствовали");

    public static IReadOnlyList<string> AttendanceColumns(DocumentLanguage l) =>
        ["№", Pick(l, "Аты-жөні", "Ф. И. О."), Pick(l, "Ұйым", "Организация"), Pick(l, "Қатысуы", "Участие")];

    public static IEnumerable<IReadOnlyList<string>> AttendanceRows(DocumentLanguage l, MinutesData d) =>
        d.Members.Select((m, i) => (IReadOnlyList<string>)[(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), m.FullName, m.Organization, m.Mode switch
        {
            AttendanceMode.InPerson => Pick(l, "күндізгі", "очно"),
            AttendanceMode.Remote => Pick(l, "қашықтан", "дистанционно"),
            _ => Pick(l, "қатыспады", "отсутствовал"),
        }]);

    public static string Quorum(DocumentLanguage l, MinutesData d) => Pick(l,
        $"Кворум (M9): {d.Quorum.MembersInOffice} мүшенің {d.Quorum.Present} қатысты, кемінде {d.Quorum.Required} қажет (⌈2/3 × {d.Quorum.MembersInOffice}⌉). " + (d.Quorum.Quorate ? "Отырыс заңды." : "Кворум жоқ: шешім қабылданбайды."),
        $"Кворум (M9): присутствовали {d.Quorum.Present} из {d.Quorum.MembersInOffice} членов, требуется не менее {d.Quorum.Required} (⌈2/3 × {d.Quorum.MembersInOffice}⌉). " + (d.Quorum.Quorate ? "Заседание правомочно." : "Кворума нет: решения не принимаются."));

    public static string AgendaHeading(DocumentLanguage l) => Pick(l, "Күн тәртібі және шешімдер", "Повестка дня и решения");

    public static string ItemHeading(DocumentLanguage l, MinutesItem item) => $"{item.Order}. {item.Title}";

    public static string Subject(DocumentLanguage l, AgendaSubject subject) => Pick(l, "Мәселе (M4/M5): ", "Предмет (M4/M5): ") + subject switch
    {
        AgendaSubject.ApproveQualificationFramework => Pick(l, "M4.1 — салалық біліктілік шеңберін бекіту", "M4.1 — утверждение отраслевой рамки квалификаций"),
        AgendaSubject.AgreeProfessionalStandard => Pick(l, "M4.2 — кәсіптік стандартты келісу", "M4.2 — согласование профессионального стандарта"),
        AgendaSubject.AgreeRegisterChanges => Pick(l, "M4.3 — кәсіптер тізіліміне өзгерістерді келісу", "M4.3 — согласование изменений в реестр профессий"),
        AgendaSubject.AgreeStandardsProposals => Pick(l, "M4.4 — кәсіптік стандарттарды әзірлеу/жаңарту ұсыныстарын келісу", "M4.4 — согласование предложений по разработке/актуализации профстандартов"),
        AgendaSubject.AgreeRecognitionConditions => Pick(l, "M4.5 — біліктілікті тану шарттарын келісу", "M4.5 — согласование условий признания квалификаций"),
        AgendaSubject.InformationRequest => Pick(l, "M5.2 — материалдар сұрату", "M5.2 — запрос материалов"),
        AgendaSubject.Proposal => Pick(l, "M5.3–M5.5 — ұсыныстар", "M5.3–M5.5 — предложения"),
        _ => Pick(l, "өзге", "иное"),
    };

    public static IReadOnlyList<string> VoteColumns(DocumentLanguage l) =>
        ["№", Pick(l, "Мүше", "Член совета"), Pick(l, "Дауыс", "Голос")];

    public static IEnumerable<IReadOnlyList<string>> VoteRows(DocumentLanguage l, MinutesItem item) =>
        item.Votes.Select((v, i) => (IReadOnlyList<string>)[(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), v.FullName, Choice(l, v.Choice)]);

    public static string Choice(DocumentLanguage l, VoteChoice c) => c switch
    {
        VoteChoice.For => Pick(l, "жақтады", "за"),
        VoteChoice.Against => Pick(l, "қарсы", "против"),
        _ => Pick(l, "қалыс қалды", "воздержался(ась)"),
    };

    public static string Tally(DocumentLanguage l, MinutesItem item) => Pick(l,
        $"Дауыс беру нәтижесі: жақтады — {item.For}, қарсы — {item.Against}, қалыс қалды — {item.Abstain}.",
        $"Итоги голосования: за — {item.For}, против — {item.Against}, воздержались — {item.Abstain}.");

    public static string Outcome(DocumentLanguage l, MinutesItem item) => item.State switch
    {
        VoteState.NotStarted => Pick(l, "Дауыс беру өткізілмеді; шешім қабылданбады.", "Голосование не проводилось; решение не принято."),
        VoteState.Open => Pick(l, "Дауыс беру аяқталмаған; шешім әлі қабылданбады.", "Голосование не завершено; решение ещё не принято."),
        _ => Decided(l, item),
    };

    private static string Decided(DocumentLanguage l, MinutesItem item) =>
        (item.Adopted == true ? Pick(l, "ШЕШІМ ҚАБЫЛДАНДЫ", "РЕШЕНИЕ ПРИНЯТО") : Pick(l, "ШЕШІМ ҚАБЫЛДАНБАДЫ", "РЕШЕНИЕ НЕ ПРИНЯТО"))
          + " — " + (item.DecidedBy == "presiding_member_tie"
              ? Pick(l, "M10: дауыстар тең болғанда төрағалық етушінің дауысы шешуші", "M10: при равенстве голосов решающим является голос председательствующего")
              : Pick(l, "M10: көпшілік дауыспен («жақтағандар» «қарсыларынан» көп)", "M10: большинством голосов («за» больше, чем «против»)")) + ".";

    public static string? Decision(DocumentLanguage l, MinutesItem item) =>
        string.IsNullOrWhiteSpace(item.Decision) ? null : Pick(l, "Шешім: ", "Решение: ") + item.Decision;

    public static string SignatureLine(DocumentLanguage l, MinutesData d) =>
        Pick(l, "Төрағалық етуші", "Председательствующий") + "  ____________  " + OrBlank(d.Presiding?.FullName, 20);

    public static string? Signed(DocumentLanguage l, MinutesData d) => d.Signature is not { } s ? null : Pick(l,
        $"Kenes жүйесінде қол қойылды: {s.FullName}, {DocumentDates.Short(s.SignedAt.Date)} {s.SignedAt:HH\\:mm} (Астана уақыты), құпиясөзді қайта енгізу арқылы (M10).",
        $"Подписано в системе Kenes: {s.FullName}, {DocumentDates.Short(s.SignedAt.Date)} {s.SignedAt:HH\\:mm} (время Астаны), с повторным вводом пароля (M10).");

    public static string SecretarySignature(DocumentLanguage l, MinutesData d) =>
        Pick(l, "Хатшы", "Секретарь") + "  ____________  " + OrBlank(d.SecretaryName, 20);
}
