using Kenes.Domain.Calendar;
using NodaTime;

namespace Kenes.Domain.Tests.Support;

/// <summary>The calendar from the shipped data file, built once for all tests (it is immutable).</summary>
internal static class Shipped
{
    private static readonly Lazy<WorkingDayCalendar> Instance = new(() => WorkingDayCalendar.Load());

    public static WorkingDayCalendar Kz => Instance.Value;

    public static LocalDate D(int year, int month, int day) => new(year, month, day);

    public static LocalDate D(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;
}
