using Kenes.Domain.Calendar;
using NodaTime;

namespace Kenes.Bench;

/// <summary>
/// The obvious implementation the indexed one replaces: step one day at a time and ask the
/// calendar about each. Kept here, not in the domain, as the benchmark's baseline.
/// </summary>
internal static class NaiveWorkingDays
{
    public static LocalDate Add(WorkingDayCalendar calendar, LocalDate from, int days)
    {
        var step = Math.Sign(days);
        var date = from;
        for (var left = Math.Abs(days); left > 0;)
        {
            date = date.PlusDays(step);
            if (calendar.IsWorkingDay(date))
            {
                left--;
            }
        }

        return date;
    }
}
