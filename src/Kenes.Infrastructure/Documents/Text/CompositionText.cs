using static Kenes.Infrastructure.Documents.Text.Wording;

namespace Kenes.Infrastructure.Documents.Text;

/// <summary>
/// The wording of the approved composition (R11) and of the approval order, shared by the composition PDF and the
/// draft order DOCX so the annex is word for word the same in both.
/// </summary>
internal static class CompositionText
{
    public const string RulesKk = "Кәсіптік біліктілік жөніндегі салалық кеңестерді құру қағидалары";

    public static string OrderNumber(CompositionData d) => OrBlank(d.OrderNumber, 8);

    /// <summary>The annex stamp, top right: "<body> <date> № <n> бұйрығына қосымша" / "Приложение к приказу <body> от <date> № <n>".</summary>
    public static IReadOnlyList<string> AnnexStamp(DocumentLanguage l, CompositionData d) => l == DocumentLanguage.Kk
        ? [d.StateBodyName, $"{DocumentDates.OfOrder(d.OrderDate, l)} № {OrderNumber(d)}", "бұйрығына қосымша"]
        : ["Приложение к приказу", d.StateBodyName, $"{DocumentDates.OfOrder(d.OrderDate, l)} № {OrderNumber(d)}"];

    public static string Title(DocumentLanguage l, string direction) => Pick(l,
        $"«{direction}» салалық бағыты бойынша кәсіптік біліктілік жөніндегі салалық кеңестің құрамы",
        $"Состав отраслевого совета по профессиональным квалификациям по отраслевому направлению «{direction}»");

    public static string Term(DocumentLanguage l, CompositionData d) => Pick(l,
        $"Құрамның өкілеттік мерзімі – үш жыл, {DocumentDates.Short(d.TermEnds)} дейін (Қағидалардың 4-тармағы).",
        $"Срок полномочий состава – три года, до {DocumentDates.Short(d.TermEnds)} (пункт 4 Правил).");

    public static string? Secretary(DocumentLanguage l, CompositionData d) => string.IsNullOrWhiteSpace(d.SecretaryName)
        ? null
        : Pick(l,
            $"Салалық кеңестің хатшысы: {d.SecretaryName} (салалық кеңестің мүшесі болып табылмайды).",
            $"Секретарь отраслевого совета: {d.SecretaryName} (не является членом отраслевого совета).");

    public static IReadOnlyList<string> Columns(DocumentLanguage l) =>
    [
        "№",
        Pick(l, "Тегі, аты, әкесінің аты", "Фамилия, имя, отчество"),
        Pick(l, "Ұйым (орган), лауазымы", "Организация (орган), должность"),
        Pick(l, "Өкілдік санаты (Қағидалардың 5-тармағы)", "Категория представительства (пункт 5 Правил)"),
        Pick(l, "Кеңестегі рөлі", "Роль в совете"),
    ];

    public static IReadOnlyList<string> Cells(DocumentLanguage l, CompositionMember m) =>
    [
        m.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        m.FullName,
        m.Organization,
        m.CategoryLabel,
        m.RoleLabel ?? Pick(l, "мүше", "член совета"),
    ];
}
