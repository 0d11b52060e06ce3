using static Kenes.Infrastructure.Documents.Text.Wording;

namespace Kenes.Infrastructure.Documents.Text;

/// <summary>The wording of the R10 list of candidates, shared by its PDF and its CSV export so they never disagree.</summary>
internal static class CandidateListText
{
    public static string Title(DocumentLanguage l) => Pick(l,
        "Салалық кеңестің құрамына кандидаттардың тізімі",
        "Список кандидатов в состав отраслевого совета");

    public static string Direction(DocumentLanguage l, string direction) => Pick(l,
        $"Салалық бағыт: {direction}",
        $"Отраслевое направление: {direction}");

    public static string Deadlines(DocumentLanguage l, CandidateListData d) => Pick(l,
        $"Құжаттарды тапсыру мерзімі (Қағидалардың 8-тармағы): {DocumentDates.Short(d.SubmissionDeadline)}. " +
        $"Құжаттарды қарау мерзімі (Қағидалардың 10-тармағы): {DocumentDates.Short(d.ScreeningDeadline)}.",
        $"Срок подачи документов (пункт 8 Правил): {DocumentDates.Short(d.SubmissionDeadline)}. " +
        $"Срок рассмотрения документов (пункт 10 Правил): {DocumentDates.Short(d.ScreeningDeadline)}.");

    public static string Generated(DocumentLanguage l, CandidateListData d) => Pick(l,
        $"Тізім жасалған күн: {DocumentDates.Short(d.GeneratedOn)}",
        $"Дата формирования списка: {DocumentDates.Short(d.GeneratedOn)}");

    public static string Totals(DocumentLanguage l, CandidateListData d)
    {
        var admitted = d.Rows.Count(r => r.Admitted);
        var late = d.Rows.Count(r => r.Late);
        return Pick(l,
            $"Барлық өтініштер: {d.Rows.Count}; жіберілгені: {admitted}; қабылданбағаны: {d.Rows.Count - admitted}; мерзімінен кеш түскені: {late}.",
            $"Всего заявлений: {d.Rows.Count}; допущено: {admitted}; отказано: {d.Rows.Count - admitted}; поступило с опозданием: {late}.");
    }

    public static IReadOnlyList<string> Columns(DocumentLanguage l) =>
    [
        "№",
        Pick(l, "Тегі, аты, әкесінің аты", "Фамилия, имя, отчество"),
        Pick(l, "Ұйым (орган)", "Организация (орган)"),
        Pick(l, "Тіркеу нөмірі", "Регистрационный номер"),
        Pick(l, "Тапсыру тәсілі", "Способ подачи"),
        Pick(l, "Түскен күні", "Дата поступления"),
        Pick(l, "Мерзімі", "Срок"),
        Pick(l, "Шешім", "Решение"),
        Pick(l, "Негіздеме", "Основание"),
    ];

    public static string Timing(DocumentLanguage l, bool late) => late
        ? Pick(l, "мерзімінен кеш", "с опозданием")
        : Pick(l, "мерзімінде", "в срок");

    public static string Decision(DocumentLanguage l, bool admitted) => admitted
        ? Pick(l, "тізімге енгізілді", "включен в список")
        : Pick(l, "қабылданбады", "отказано");

    /// <summary>The cells of one row in column order; the PDF and the CSV print exactly these.</summary>
    public static IReadOnlyList<string> Cells(DocumentLanguage l, CandidateRow r) =>
    [
        r.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        r.FullName,
        r.Organization,
        r.ReceiptNumber,
        r.Channel,
        DocumentDates.Short(r.ReceivedOn),
        Timing(l, r.Late),
        Decision(l, r.Admitted),
        r.Reason ?? string.Empty,
    ];
}
