using NodaTime;
using NodaTime.Text;

namespace Kenes.Domain.Calendar;

/// <summary>Names of days that carry no entry of their own (ordinary days, weekends, moved holidays).</summary>
internal static class StandardNames
{
    public static readonly LocalizedText WorkingDay = new("Жұмыс күні", "Рабочий день", "Working day");
    public static readonly LocalizedText Saturday = new("Сенбі", "Суббота", "Saturday");
    public static readonly LocalizedText Sunday = new("Жексенбі", "Воскресенье", "Sunday");
    public static readonly LocalizedText TransfersConfirmed = new("Ауыстырулар расталды", "Переносы подтверждены", "Transfers confirmed");

    private static readonly LocalDatePattern Numeric = LocalDatePattern.CreateWithInvariantCulture("dd.MM.uuuu");
    private static readonly LocalDatePattern English = LocalDatePattern.CreateWithInvariantCulture("d MMM uuuu");

    public static LocalizedText Weekend(LocalDate date) =>
        date.DayOfWeek == IsoDayOfWeek.Saturday ? Saturday : Sunday;

    public static LocalizedText Moved(LocalizedText holiday, LocalDate from) => new(
        $"{holiday.Kk} (демалыс күні {Numeric.Format(from)} күнінен ауыстырылды)",
        $"{holiday.Ru} (выходной день перенесён с {Numeric.Format(from)})",
        $"{holiday.En} (day off moved from {English.Format(from)})");

    public static LocalizedText Combined(LocalizedText first, LocalizedText second) =>
        new($"{first.Kk}; {second.Kk}", $"{first.Ru}; {second.Ru}", $"{first.En}; {second.En}");

    public static LocalizedText Unconfirmed(int year, bool kurbanAitMissing, bool transfersUnconfirmed) =>
        (kurbanAitMissing, transfersUnconfirmed) switch
        {
            (true, true) => new(
                $"{year} жылғы Құрбан айттың бірінші күні әлі белгіленбеген және демалыс күндерін ауыстыру расталмаған; есептеулер алдын ала.",
                $"Первый день Курбан айта в {year} году ещё не определён, переносы выходных дней не подтверждены; расчёты предварительные.",
                $"The first day of Kurban Ait {year} is not yet fixed and the transfers of days off for {year} are not confirmed; results are provisional."),
            (true, false) => new(
                $"{year} жылғы Құрбан айттың бірінші күні әлі белгіленбеген; есептеулер алдын ала.",
                $"Первый день Курбан айта в {year} году ещё не определён; расчёты предварительные.",
                $"The first day of Kurban Ait {year} is not yet fixed; results are provisional."),
            _ => new(
                $"{year} жылғы демалыс күндерін ауыстыру расталмаған; есептеулер алдын ала.",
                $"Переносы выходных дней на {year} год не подтверждены; расчёты предварительные.",
                $"The transfers of days off for {year} are not confirmed; results are provisional."),
        };
}
