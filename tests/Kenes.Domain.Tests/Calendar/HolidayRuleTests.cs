using Kenes.Domain.Calendar;
using static Kenes.Domain.Tests.Support.Shipped;

namespace Kenes.Domain.Tests.Calendar;

/// <summary>The individual rules of DESIGN.md §3, one scenario each.</summary>
public class HolidayRuleTests
{
    [Fact]
    public void Describe_ChainsNauryzPastMonday_WhenNauryz2026StartsOnSaturday()
    {
        Assert.Equal(DayKind.PublicHoliday, Kz.Describe(D(2026, 3, 21)).Kind);
        Assert.Equal(DayKind.PublicHoliday, Kz.Describe(D(2026, 3, 22)).Kind);
        Assert.Equal(DayKind.PublicHoliday, Kz.Describe(D(2026, 3, 23)).Kind);

        var tuesday = Kz.Describe(D(2026, 3, 24));
        var wednesday = Kz.Describe(D(2026, 3, 25));
        Assert.Equal(DayKind.MovedHoliday, tuesday.Kind);
        Assert.Equal(D(2026, 3, 21), tuesday.MovedFrom);
        Assert.Equal(DayKind.MovedHoliday, wednesday.Kind);
        Assert.Equal(D(2026, 3, 22), wednesday.MovedFrom);
        Assert.True(Kz.IsWorkingDay(D(2026, 3, 26)));
    }

    [Fact]
    public void Describe_MovesSaturdayAndSundayToMondayAndTuesday_WhenNauryz2025StartsOnFriday()
    {
        Assert.False(Kz.IsWorkingDay(D(2025, 3, 21)));
        Assert.Equal(D(2025, 3, 22), Kz.Describe(D(2025, 3, 24)).MovedFrom);
        Assert.Equal(D(2025, 3, 23), Kz.Describe(D(2025, 3, 25)).MovedFrom);
        Assert.True(Kz.IsWorkingDay(D(2025, 3, 26)));
    }

    [Fact]
    public void Describe_MovesWomensDayToMonday_WhenMarch8IsSunday2026()
    {
        var monday = Kz.Describe(D(2026, 3, 9));

        Assert.Equal(DayKind.MovedHoliday, monday.Kind);
        Assert.Equal(D(2026, 3, 8), monday.MovedFrom);
        Assert.Contains("Халықаралық әйелдер күні", monday.Name.Kk);
        Assert.Contains("moved from 8 Mar 2026", monday.Name.En);
    }

    [Fact]
    public void Describe_MovesSundayNauryzToWednesday_WhenNauryz2027StartsOnSunday()
    {
        Assert.Equal(DayKind.PublicHoliday, Kz.Describe(D(2027, 3, 22)).Kind);
        Assert.Equal(DayKind.PublicHoliday, Kz.Describe(D(2027, 3, 23)).Kind);
        Assert.Equal(D(2027, 3, 21), Kz.Describe(D(2027, 3, 24)).MovedFrom);
    }

    [Theory]
    [InlineData("2025-08-30", false)]
    [InlineData("2025-09-01", false)] // 30 Aug 2025 was a Saturday: moved to Monday
    [InlineData("2026-08-31", true)] // no Constitution Day in 2026 (30 Aug is a Sunday)
    [InlineData("2027-08-30", true)]
    [InlineData("2026-03-16", true)]
    [InlineData("2027-03-15", false)]
    public void IsWorkingDay_FollowsConstitutionDayByYear_WhenDateIsAroundItsOldOrNewDate(string date, bool working) =>
        Assert.Equal(working, Kz.IsWorkingDay(D(date)));

    [Fact]
    public void Describe_DoesNotMoveKurbanAit_When2024DateFellOnSunday()
    {
        Assert.Equal(DayKind.ReligiousHoliday, Kz.Describe(D(2024, 6, 16)).Kind);
        Assert.True(Kz.IsWorkingDay(D(2024, 6, 17)));
    }

    [Fact]
    public void Describe_DoesNotMoveOrthodoxChristmas_When2023DateFellOnSaturday()
    {
        Assert.Equal(DayKind.ReligiousHoliday, Kz.Describe(D(2023, 1, 7)).Kind);
        Assert.True(Kz.IsWorkingDay(D(2023, 1, 9)));
    }

    [Fact]
    public void Describe_SkipsHolidayWhenMoving_WhenNewYear2023StartsOnSunday()
    {
        // 1 Jan is a Sunday and 2 Jan (Monday) is itself a holiday, so the move lands on Tuesday.
        Assert.Equal(DayKind.PublicHoliday, Kz.Describe(D(2023, 1, 2)).Kind);
        Assert.Equal(D(2023, 1, 1), Kz.Describe(D(2023, 1, 3)).MovedFrom);
    }

    [Theory]
    [InlineData("2023-07-01", DayKind.TransferWorkingDay)]
    [InlineData("2023-07-07", DayKind.TransferDayOff)]
    [InlineData("2024-05-04", DayKind.TransferWorkingDay)]
    [InlineData("2024-05-08", DayKind.TransferDayOff)]
    [InlineData("2025-01-05", DayKind.TransferWorkingDay)]
    [InlineData("2025-01-03", DayKind.TransferDayOff)]
    public void Describe_ReportsTransfer_WhenDateIsAShippedTransfer(string date, DayKind kind)
    {
        var info = Kz.Describe(D(date));

        Assert.Equal(kind, info.Kind);
        Assert.Equal(kind == DayKind.TransferWorkingDay, info.IsWorkingDay);
        Assert.Contains("85", info.Basis);
    }

    [Fact]
    public void Describe_ReportsWeekdayNameAndLabourCode_WhenDateIsOrdinaryWeekend()
    {
        var info = Kz.Describe(D(2026, 11, 28));

        Assert.Equal(DayKind.Weekend, info.Kind);
        Assert.Equal("Сенбі", info.Name.Kk);
        Assert.Equal("Saturday", info.Name.En);
        Assert.Contains("Labour Code", info.Basis);
    }

    [Fact]
    public void Describe_ReportsWorkingDay_WhenDateIsOrdinaryWeekday()
    {
        var info = Kz.Describe(D(2026, 11, 24));

        Assert.Equal(DayKind.WorkingDay, info.Kind);
        Assert.True(info.IsWorkingDay);
    }

    [Fact]
    public void IsWorkingDay_HasFiveDayWeek_AcrossAnOrdinaryFortnight()
    {
        var days = Enumerable.Range(0, 14).Select(i => D(2026, 11, 9).PlusDays(i)).ToList();

        Assert.Equal(10, days.Count(Kz.IsWorkingDay));
        Assert.All(days.Where(d => !Kz.IsWorkingDay(d)), d => Assert.True(d.DayOfWeek >= NodaTime.IsoDayOfWeek.Saturday));
    }

    [Theory]
    [InlineData("2022-12-31")]
    [InlineData("2101-01-01")]
    public void IsWorkingDay_Throws_WhenDateIsOutsideSupportedRange(string date) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Kz.IsWorkingDay(D(date)));

    [Fact]
    public void IsWorkingDay_Throws_WhenDateIsNotIso()
    {
        var julian = D(2026, 1, 1).WithCalendar(NodaTime.CalendarSystem.Julian);

        Assert.Throws<ArgumentException>(() => Kz.IsWorkingDay(julian));
    }
}
