using System.Runtime.CompilerServices;
using NodaTime;

namespace Kenes.Domain.Calendar;

/// <summary>
/// The supported span of dates (1 Jan 2023 – 31 Dec 2100) and the mapping between a date and its
/// day index (days since 1 Jan 2023). Arithmetic on indexes is what makes working-day addition a
/// couple of array reads instead of a day-by-day walk.
/// </summary>
internal static class CalendarRange
{
    public const int FirstYear = 2023;
    public const int LastYear = 2100;
    public const int YearCount = LastYear - FirstYear + 1;

    public static readonly LocalDate First = new(FirstYear, 1, 1);
    public static readonly LocalDate Last = new(LastYear, 12, 31);

    /// <summary>Index of 1 January of each year; the extra last element is the total day count.</summary>
    private static readonly int[] YearStart = BuildYearStarts();

    /// <summary>The date of every index, so that explanations need no date arithmetic.</summary>
    public static readonly LocalDate[] Dates = BuildDates();

    public static int DayCount => YearStart[YearCount];

    public static int StartOf(int year) => YearStart[year - FirstYear];

    public static int EndOf(int year) => YearStart[year - FirstYear + 1];

    /// <summary>The day index of an ISO date in range; throws otherwise.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int IndexOf(LocalDate date)
    {
        var offset = date.Year - FirstYear;
        if ((uint)offset >= YearCount || date.Calendar != CalendarSystem.Iso)
        {
            ThrowOutOfRange(date);
        }

        return YearStart[offset] + date.DayOfYear - 1;
    }

    public static bool Contains(int year) => year is >= FirstYear and <= LastYear;

    public static void ThrowIfYearOutOfRange(int year, string paramName)
    {
        if (!Contains(year))
        {
            throw new ArgumentOutOfRangeException(paramName, year, $"Supported years are {FirstYear}–{LastYear}.");
        }
    }

    // Kept out of line so the hot path stays small enough to inline.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowOutOfRange(LocalDate date)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException("Only ISO calendar dates are supported.", nameof(date));
        }

        throw new ArgumentOutOfRangeException(nameof(date), date, $"Supported dates are {First:uuuu-MM-dd}–{Last:uuuu-MM-dd}.");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void ThrowResultOutOfRange() =>
        throw new ArgumentOutOfRangeException("days", $"The result falls outside the supported dates {First:uuuu-MM-dd}–{Last:uuuu-MM-dd}.");

    private static int[] BuildYearStarts()
    {
        var starts = new int[YearCount + 1];
        for (var i = 0; i < YearCount; i++)
        {
            starts[i + 1] = starts[i] + CalendarSystem.Iso.GetDaysInYear(FirstYear + i);
        }

        return starts;
    }

    private static LocalDate[] BuildDates()
    {
        var dates = new LocalDate[YearStart[YearCount]];
        var date = First;
        for (var i = 0; i < dates.Length; i++)
        {
            dates[i] = date;
            date = date.PlusDays(1);
        }

        return dates;
    }
}
