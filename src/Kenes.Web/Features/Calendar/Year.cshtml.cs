using System.Globalization;
using Kenes.Domain.Calendar;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;

namespace Kenes.Web.Features.Calendar;

/// <summary>The public working-day calendar of one year, month by month, each day off with its reason.</summary>
public sealed class YearModel(CalendarSource source, IClock clock) : PageModel
{
    public int Year { get; private set; }

    public YearCalendar Calendar { get; private set; } = null!;

    public IReadOnlyList<MonthGrid> Months { get; private set; } = [];

    public bool HasPrevious => Year > WorkingDayCalendar.FirstSupportedYear;

    public bool HasNext => Year < WorkingDayCalendar.LastSupportedYear;

    public async Task<IActionResult> OnGetAsync(int? year, CancellationToken ct)
    {
        Year = year ?? Infrastructure.Time.ClockServiceCollectionExtensions.TodayInAlmaty(clock).Year;
        if (Year < WorkingDayCalendar.FirstSupportedYear || Year > WorkingDayCalendar.LastSupportedYear)
        {
            return NotFound();
        }

        var calendar = await source.GetAsync(ct);
        Calendar = calendar.GetYear(Year);
        Months = Enumerable.Range(1, 12).Select(m => MonthGrid.Build(calendar, Year, m)).ToList();
        return Page();
    }

    public static string MonthName(int month) =>
        CultureInfo.CurrentUICulture.DateTimeFormat.GetMonthName(month) is { Length: > 0 } name
            ? char.ToUpper(name[0], CultureInfo.CurrentUICulture) + name[1..]
            : month.ToString(CultureInfo.InvariantCulture);

    public static string WeekdayName(IsoDayOfWeek day) =>
        CultureInfo.CurrentUICulture.DateTimeFormat.GetAbbreviatedDayName((DayOfWeek)((int)day % 7));
}

/// <summary>One month as weeks of seven cells, Monday first; cells outside the month are null.</summary>
public sealed record MonthGrid(int Month, IReadOnlyList<DayInfo?[]> Weeks)
{
    public static MonthGrid Build(WorkingDayCalendar calendar, int year, int month)
    {
        var first = new LocalDate(year, month, 1);
        var weeks = new List<DayInfo?[]>();
        var week = new DayInfo?[7];
        var column = (int)first.DayOfWeek - 1;
        for (var date = first; date.Month == month; date = date.PlusDays(1))
        {
            week[column] = calendar.Describe(date);
            if (++column == 7)
            {
                weeks.Add(week);
                week = new DayInfo?[7];
                column = 0;
            }
        }

        if (column > 0)
        {
            weeks.Add(week);
        }

        return new MonthGrid(month, weeks);
    }
}
