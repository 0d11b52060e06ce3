using Kenes.Domain.Calendar;
using NodaTime;
using static Kenes.Domain.Tests.Support.Shipped;

namespace Kenes.Domain.Tests.Calendar;

public class AddWorkingDaysTests
{
    [Theory]
    [InlineData("2026-03-19", 5, "2026-03-31")] // Nauryz 2026 chain: 21–25 Mar off
    [InlineData("2025-03-19", 5, "2025-03-31")] // Nauryz 2025: 21, 24, 25 Mar off
    [InlineData("2026-03-04", 5, "2026-03-12")] // 8 Mar 2026 Sunday → Mon 9 off
    [InlineData("2024-05-02", 5, "2024-05-13")] // Sat 4 May 2024 worked; 7, 8, 9 May off
    [InlineData("2024-12-27", 5, "2025-01-08")] // Sun 5 Jan 2025 worked; 1–3 and 7 Jan off
    [InlineData("2027-03-10", 5, "2027-03-18")] // 15 Mar 2027 Constitution Day
    [InlineData("2026-11-24", 1, "2026-11-25")]
    [InlineData("2026-11-27", 1, "2026-11-30")] // Friday → Monday
    [InlineData("2026-11-28", 1, "2026-11-30")] // from a Saturday
    [InlineData("2026-11-24", 0, "2026-11-24")]
    [InlineData("2026-11-28", 0, "2026-11-28")] // 0 returns the start even on a day off
    [InlineData("2026-03-26", -10, "2026-03-06")]
    [InlineData("2025-01-10", -10, "2024-12-24")]
    [InlineData("2026-11-30", -1, "2026-11-27")]
    [InlineData("2026-11-29", -1, "2026-11-27")] // from a Sunday
    public void AddWorkingDays_ReturnsHandCountedDate_WhenWindowHasHolidays(string from, int days, string expected)
    {
        Assert.Equal(D(expected), Kz.AddWorkingDaysFast(D(from), days));
        Assert.Equal(D(expected), Kz.AddWorkingDays(D(from), days).Date);
    }

    [Fact]
    public void AddWorkingDays_ListsEachSkippedDayWithReason_WhenCrossingNewYear2025()
    {
        var result = Kz.AddWorkingDays(D(2024, 12, 27), 5);

        Assert.Equal(D(2024, 12, 27), result.From);
        Assert.Equal(5, result.Days);
        Assert.True(result.Confirmed);
        Assert.Equal(
            [
                (D(2024, 12, 28), DayKind.Weekend),
                (D(2024, 12, 29), DayKind.Weekend),
                (D(2025, 1, 1), DayKind.PublicHoliday),
                (D(2025, 1, 2), DayKind.PublicHoliday),
                (D(2025, 1, 3), DayKind.TransferDayOff),
                (D(2025, 1, 4), DayKind.Weekend),
                (D(2025, 1, 7), DayKind.ReligiousHoliday),
            ],
            result.Skipped.Select(s => (s.Date, s.Kind)));
        Assert.Equal("Orthodox Christmas", result.Skipped[^1].Reason.En);
    }

    [Fact]
    public void AddWorkingDays_ListsSkippedDaysInDateOrder_WhenCountingBackwards()
    {
        var result = Kz.AddWorkingDays(D(2026, 3, 26), -10);

        Assert.Equal(
            [D(2026, 3, 7), D(2026, 3, 8), D(2026, 3, 9), D(2026, 3, 14), D(2026, 3, 15),
             D(2026, 3, 21), D(2026, 3, 22), D(2026, 3, 23), D(2026, 3, 24), D(2026, 3, 25)],
            result.Skipped.Select(s => s.Date));
    }

    [Fact]
    public void AddWorkingDays_IsUnconfirmed_WhenResultReachesIntoUnconfirmedYear()
    {
        Assert.True(Kz.AddWorkingDays(D(2026, 12, 1), 10).Confirmed);
        Assert.False(Kz.AddWorkingDays(D(2026, 12, 28), 5).Confirmed);
        Assert.False(Kz.AddWorkingDays(D(2027, 1, 20), -30).Confirmed);
    }

    [Fact]
    public void AddWorkingDays_Throws_WhenResultLeavesSupportedRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Kz.AddWorkingDaysFast(D(2100, 12, 20), 30));
        Assert.Throws<ArgumentOutOfRangeException>(() => Kz.AddWorkingDaysFast(D(2023, 1, 10), -30));
        Assert.Throws<ArgumentOutOfRangeException>(() => Kz.AddWorkingDays(D(2022, 12, 30), 1));
    }

    /// <summary>
    /// The indexed arithmetic must agree with the definition: walk day by day, counting the days
    /// <see cref="WorkingDayCalendar.IsWorkingDay"/> says are working days.
    /// </summary>
    [Fact]
    public void AddWorkingDays_AgreesWithDayByDayWalk_ForManyStartsAndLengths()
    {
        var random = new Random(378);
        for (var i = 0; i < 2_000; i++)
        {
            var from = D(2026, 1, 1).PlusDays(random.Next(0, 365 * 70));
            var days = random.Next(-600, 601);

            Assert.Equal(Walk(from, days), Kz.AddWorkingDaysFast(from, days));
        }
    }

    [Fact]
    public void CountWorkingDays_IsInverseOfAddWorkingDays_ForManyStartsAndLengths()
    {
        var random = new Random(33405);
        for (var i = 0; i < 2_000; i++)
        {
            var from = D(2026, 1, 1).PlusDays(random.Next(0, 365 * 70));
            var days = random.Next(-600, 601);

            Assert.Equal(days, Kz.CountWorkingDays(from, Kz.AddWorkingDaysFast(from, days)));
        }
    }

    [Theory]
    [InlineData("2026-03-20", "2026-03-31", 4)] // 26, 27, 30, 31 Mar; 21–25 Mar off
    [InlineData("2026-03-06", "2026-03-26", 10)]
    [InlineData("2024-05-03", "2024-05-13", 4)] // 4, 6, 10, 13 May
    [InlineData("2026-11-24", "2026-11-24", 0)]
    [InlineData("2026-11-30", "2026-11-27", -1)]
    [InlineData("2026-11-29", "2026-11-27", -1)] // backwards from a Sunday: Sat 28 off, Fri 27 counted
    [InlineData("2026-03-26", "2026-03-06", -10)]
    public void CountWorkingDays_CountsHalfOpenInterval_WhenHolidaysInside(string fromExclusive, string toInclusive, int expected)
    {
        Assert.Equal(expected, Kz.CountWorkingDays(D(fromExclusive), D(toInclusive)));
    }

    [Theory]
    [InlineData("2026-03-20", "2026-03-26")]
    [InlineData("2026-11-27", "2026-11-30")]
    [InlineData("2024-05-03", "2024-05-04")] // Saturday worked
    [InlineData("2024-12-31", "2025-01-05")] // Sunday worked
    public void NextWorkingDay_SkipsDaysOff_WhenFollowingDaysAreOff(string date, string expected) =>
        Assert.Equal(D(expected), Kz.NextWorkingDay(D(date)));

    private static LocalDate Walk(LocalDate from, int days)
    {
        var step = Math.Sign(days);
        var date = from;
        for (var left = Math.Abs(days); left > 0;)
        {
            date = date.PlusDays(step);
            if (Kz.IsWorkingDay(date))
            {
                left--;
            }
        }

        return date;
    }
}
