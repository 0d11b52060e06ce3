using Kenes.Domain.Calendar;
using static Kenes.Domain.Tests.Support.Shipped;

namespace Kenes.Domain.Tests.Calendar;

/// <summary>
/// Each shipped year, listed day by day. The expected lists were derived by hand from the rules of
/// DESIGN.md §3 against a printed calendar and cross-checked with an independent script; they are
/// literal so that any change to the data or the move rule shows up here.
/// </summary>
public class ShippedYearTests
{
    public static TheoryData<int, int, string[]> Years => new()
    {
        { 2023, 246, ["2023-01-02", "2023-01-03", "2023-03-08", "2023-03-21", "2023-03-22", "2023-03-23", "2023-05-01", "2023-05-08", "2023-05-09", "2023-06-28", "2023-07-01", "2023-07-06", "2023-07-07", "2023-08-30", "2023-10-25", "2023-12-18"] },
        { 2024, 249, ["2024-01-01", "2024-01-02", "2024-03-08", "2024-03-21", "2024-03-22", "2024-03-25", "2024-05-01", "2024-05-04", "2024-05-07", "2024-05-08", "2024-05-09", "2024-07-08", "2024-08-30", "2024-10-25", "2024-12-16"] },
        { 2025, 246, ["2025-01-01", "2025-01-02", "2025-01-03", "2025-01-05", "2025-01-07", "2025-03-10", "2025-03-21", "2025-03-24", "2025-03-25", "2025-05-01", "2025-05-07", "2025-05-09", "2025-06-06", "2025-07-07", "2025-09-01", "2025-10-27", "2025-12-16"] },
        { 2026, 247, ["2026-01-01", "2026-01-02", "2026-01-07", "2026-03-09", "2026-03-23", "2026-03-24", "2026-03-25", "2026-05-01", "2026-05-07", "2026-05-11", "2026-05-27", "2026-07-06", "2026-10-26", "2026-12-16"] },
        { 2027, 247, ["2027-01-01", "2027-01-04", "2027-01-07", "2027-03-08", "2027-03-15", "2027-03-22", "2027-03-23", "2027-03-24", "2027-05-03", "2027-05-07", "2027-05-10", "2027-07-06", "2027-10-25", "2027-12-16"] },
    };

    [Theory]
    [MemberData(nameof(Years))]
    public void GetYear_ListsExactlyTheExceptionalDays_WhenYearShips(int year, int workingDays, string[] days)
    {
        var calendar = Kz.GetYear(year);

        Assert.Equal(year, calendar.Year);
        Assert.Equal(days, calendar.Days.Select(d => d.Date.ToString("uuuu-MM-dd", null)));
        Assert.Equal(workingDays, calendar.WorkingDays);
    }

    [Theory]
    [InlineData(2023)]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    public void GetYear_IsConfirmed_WhenKurbanAitAndTransfersShip(int year)
    {
        var calendar = Kz.GetYear(year);

        Assert.True(calendar.Confirmed);
        Assert.Null(calendar.UnconfirmedReason);
    }

    [Fact]
    public void GetYear_IsUnconfirmedWithReasonInThreeLanguages_When2027KurbanAitIsNotFixed()
    {
        var calendar = Kz.GetYear(2027);

        Assert.False(calendar.Confirmed);
        Assert.NotNull(calendar.UnconfirmedReason);
        Assert.Contains("Құрбан айт", calendar.UnconfirmedReason!.Kk);
        Assert.Contains("Курбан айт", calendar.UnconfirmedReason.Ru);
        Assert.Contains("Kurban Ait 2027", calendar.UnconfirmedReason.En);
    }

    [Fact]
    public void GetYear_ComputesButIsUnconfirmed_WhenYearIsFarAhead()
    {
        var calendar = Kz.GetYear(2100);

        Assert.False(calendar.Confirmed);
        Assert.InRange(calendar.WorkingDays, 240, 255);
        Assert.Contains(calendar.Days, d => d.Date == D(2100, 3, 15) && d.Kind == DayKind.PublicHoliday);
    }

    [Fact]
    public void GetYear_NamesEveryDayInThreeLanguagesWithBasis_ForAllShippedYears()
    {
        foreach (var year in Enumerable.Range(2023, 5))
        {
            foreach (var day in Kz.GetYear(year).Days)
            {
                Assert.False(string.IsNullOrWhiteSpace(day.Name.Kk), $"{day.Date} kk");
                Assert.False(string.IsNullOrWhiteSpace(day.Name.Ru), $"{day.Date} ru");
                Assert.False(string.IsNullOrWhiteSpace(day.Name.En), $"{day.Date} en");
                Assert.False(string.IsNullOrWhiteSpace(day.Basis), $"{day.Date} basis");
            }
        }
    }

    [Theory]
    [InlineData(2022)]
    [InlineData(2101)]
    public void GetYear_Throws_WhenYearIsOutsideSupportedRange(int year) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Kz.GetYear(year));

    [Fact]
    public void Load_RejectsNothing_WhenNoAdditionsAreGiven()
    {
        Assert.Empty(Kz.RejectedAdditions);
        Assert.False(string.IsNullOrWhiteSpace(Kz.DataVersion));
    }
}
