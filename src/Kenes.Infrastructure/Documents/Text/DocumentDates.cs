using System.Globalization;
using NodaTime;

namespace Kenes.Infrastructure.Documents.Text;

/// <summary>
/// Dates the way Kazakh and Russian official documents write them. Month names are spelled out here rather than
/// taken from CultureInfo because ICU's kk-KZ data differs between machines and a legal document must not.
/// </summary>
internal static class DocumentDates
{
    private static readonly string[] KazakhMonths =
    [
        "қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым",
        "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан",
    ];

    // "The order of <date>" needs the locative-attributive suffix, chosen by vowel harmony and the last sound;
    // spelled out per month because twelve words are clearer than a harmony algorithm.
    private static readonly string[] KazakhMonthsAttributive =
    [
        "қаңтардағы", "ақпандағы", "наурыздағы", "сәуірдегі", "мамырдағы", "маусымдағы",
        "шілдедегі", "тамыздағы", "қыркүйектегі", "қазандағы", "қарашадағы", "желтоқсандағы",
    ];

    // Russian needs the genitive: «8 сентября», not «8 сентябрь».
    private static readonly string[] RussianMonthsGenitive =
    [
        "января", "февраля", "марта", "апреля", "мая", "июня",
        "июля", "августа", "сентября", "октября", "ноября", "декабря",
    ];

    /// <summary>dd.MM.yyyy, for tables where width matters.</summary>
    public static string Short(LocalDate date) =>
        date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    /// <summary>"2023 жылғы 8 қыркүйек" / "8 сентября 2023 года", for running text and headings.</summary>
    public static string Long(LocalDate date, DocumentLanguage language) => Wording.Pick(
        language,
        $"{date.Year} жылғы {date.Day} {KazakhMonths[date.Month - 1]}",
        $"{date.Day} {RussianMonthsGenitive[date.Month - 1]} {date.Year} года");

    /// <summary>"2023 жылғы 8 қыркүйектегі" / "от 8 сентября 2023 года": the date as it precedes an order's number.</summary>
    public static string OfOrder(LocalDate date, DocumentLanguage language) => Wording.Pick(
        language,
        $"{date.Year} жылғы {date.Day} {KazakhMonthsAttributive[date.Month - 1]}",
        $"от {date.Day} {RussianMonthsGenitive[date.Month - 1]} {date.Year} года");

    /// <summary>The date line of form F: «20__ж. "__" ____» in Kazakh, «"__" ____ 20__ г.» in Russian.</summary>
    public static string FormDate(LocalDate date, DocumentLanguage language) => Wording.Pick(
        language,
        $"{date.Year} ж. «{date.Day:00}» {KazakhMonths[date.Month - 1]}",
        $"«{date.Day:00}» {RussianMonthsGenitive[date.Month - 1]} {date.Year} г.");
}
