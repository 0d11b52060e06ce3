using Kenes.Domain.Calendar;
using NodaTime;
using static Kenes.Domain.Calendar.CalendarEntryErrorCodes;
using static Kenes.Domain.Tests.Support.Shipped;

namespace Kenes.Domain.Tests.Calendar;

/// <summary>Administrator additions: what is refused, and what an accepted one changes.</summary>
public class CalendarAdditionTests
{
    private static readonly LocalDate Verified = D(2026, 11, 24);

    private static CalendarEntry Entry(LocalDate date, CalendarEntryKind kind, string basis = "Government resolution of 1 Nov 2026") =>
        new(date, kind, null, basis, Verified);

    private static string[] Codes(CalendarEntry entry) =>
        Kz.ValidateAddition(entry).Select(e => e.Code).ToArray();

    [Fact]
    public void ValidateAddition_AcceptsKurbanAit_WhenYearHasNone() =>
        Assert.Empty(Codes(Entry(D(2027, 5, 17), CalendarEntryKind.KurbanAit)));

    [Fact]
    public void ValidateAddition_RefusesBasisRequired_WhenBasisIsBlank()
    {
        var errors = Kz.ValidateAddition(Entry(D(2027, 5, 17), CalendarEntryKind.KurbanAit, "  "));

        var error = Assert.Single(errors);
        Assert.Equal(BasisRequired, error.Code);
        Assert.Equal(nameof(CalendarEntry.Basis), error.Field);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void ValidateAddition_RefusesNameIncomplete_WhenOneLanguageIsMissing()
    {
        var entry = Entry(D(2027, 5, 17), CalendarEntryKind.KurbanAit) with { Name = new("Құрбан айт", "", "Kurban Ait") };

        Assert.Equal([NameIncomplete], Codes(entry));
    }

    [Fact]
    public void ValidateAddition_RefusesKurbanAitAlreadySet_WhenYearShipsWithOne() =>
        Assert.Equal([KurbanAitAlreadySet], Codes(Entry(D(2026, 5, 28), CalendarEntryKind.KurbanAit)));

    [Fact]
    public void ValidateAddition_RefusesDuplicateDate_WhenDateIsAShippedTransfer() =>
        Assert.Contains(DuplicateDate, Codes(Entry(D(2024, 5, 8), CalendarEntryKind.TransferDayOff)));

    [Fact]
    public void ValidateAddition_RefusesDuplicateDate_WhenKurbanAitLandsOnOrthodoxChristmas() =>
        Assert.Equal([DuplicateDate], Codes(Entry(D(2030, 1, 7), CalendarEntryKind.KurbanAit)));

    [Theory]
    [InlineData("2027-03-15")] // Constitution Day
    [InlineData("2026-03-24")] // moved Nauryz
    [InlineData("2026-11-28")] // Saturday
    [InlineData("2026-01-07")] // Orthodox Christmas
    [InlineData("2026-05-27")] // Kurban Ait
    public void ValidateAddition_RefusesTransferOntoDayOff_WhenDayIsAlreadyOff(string date) =>
        Assert.Contains(TransferOntoDayOff, Codes(Entry(D(date), CalendarEntryKind.TransferDayOff)));

    [Fact]
    public void ValidateAddition_RefusesWorkingDayNotWeekend_WhenWorkedDayIsAWeekday() =>
        Assert.Equal([WorkingDayNotWeekend], Codes(Entry(D(2027, 1, 5), CalendarEntryKind.TransferWorkingDay)));

    [Fact]
    public void ValidateAddition_RefusesWorkingDayOnHoliday_WhenWorkedWeekendIsAHoliday() =>
        Assert.Equal([WorkingDayOnHoliday], Codes(Entry(D(2027, 5, 1), CalendarEntryKind.TransferWorkingDay)));

    [Fact]
    public void ValidateAddition_RefusesYearOutOfRange_WhenDateIsBefore2023() =>
        Assert.Equal([YearOutOfRange], Codes(Entry(D(2022, 6, 1), CalendarEntryKind.KurbanAit)));

    [Fact]
    public void ValidateAddition_RefusesTransfersAlreadyConfirmed_WhenYearShipsConfirmed() =>
        Assert.Equal([TransfersAlreadyConfirmed],
            Kz.ValidateAddition(CalendarEntry.TransfersConfirmedFor(2026, "No decree", Verified)).Select(e => e.Code));

    [Fact]
    public void ValidateAddition_ReportsEveryProblem_WhenEntryBreaksSeveralRules() =>
        Assert.Equal([BasisRequired, DuplicateDate, TransferOntoDayOff], Codes(Entry(D(2025, 1, 3), CalendarEntryKind.TransferDayOff, "")));

    [Fact]
    public void Load_ConfirmsYear_WhenKurbanAitAndTransfersConfirmedAreAdded()
    {
        var calendar = WorkingDayCalendar.Load(
        [
            Entry(D(2027, 5, 17), CalendarEntryKind.KurbanAit, "Announcement of the Spiritual Administration of Muslims"),
            CalendarEntry.TransfersConfirmedFor(2027, "No resolution on transfers for 2027", Verified),
        ]);

        Assert.True(calendar.GetYear(2027).Confirmed);
        Assert.False(calendar.IsWorkingDay(D(2027, 5, 17)));
        Assert.Equal(DayKind.ReligiousHoliday, calendar.Describe(D(2027, 5, 17)).Kind);
        Assert.Equal("Kurban Ait", calendar.Describe(D(2027, 5, 17)).Name.En);
        Assert.Equal(246, calendar.GetYear(2027).WorkingDays);
        Assert.Empty(calendar.RejectedAdditions);
    }

    [Fact]
    public void Load_KeepsYearUnconfirmedWithTransferReason_WhenOnlyKurbanAitIsAdded()
    {
        var calendar = WorkingDayCalendar.Load([Entry(D(2027, 5, 17), CalendarEntryKind.KurbanAit)]);
        var year = calendar.GetYear(2027);

        Assert.False(year.Confirmed);
        Assert.DoesNotContain("Kurban", year.UnconfirmedReason!.En);
        Assert.Contains("transfers", year.UnconfirmedReason.En);
    }

    [Fact]
    public void Load_AppliesTransferPair_WhenBothHalvesAreAdded()
    {
        var calendar = WorkingDayCalendar.Load(
        [
            Entry(D(2027, 1, 9), CalendarEntryKind.TransferWorkingDay),
            Entry(D(2027, 1, 8), CalendarEntryKind.TransferDayOff),
        ]);

        Assert.True(calendar.IsWorkingDay(D(2027, 1, 9)));
        Assert.False(calendar.IsWorkingDay(D(2027, 1, 8)));
        Assert.Equal(D(2027, 1, 9), calendar.AddWorkingDaysFast(D(2027, 1, 6), 1));
        Assert.Equal(2, calendar.AcceptedAdditions.Count);
    }

    [Fact]
    public void Load_MovesWeekendHolidayPastAddedKurbanAit_WhenKurbanAitTakesTheMondayAfter()
    {
        // 9 May 2027 is a Sunday whose day off moves to Monday 10 May; a Kurban Ait entered on
        // that Monday pushes the moved day off to Tuesday 11 May.
        var calendar = WorkingDayCalendar.Load([Entry(D(2027, 5, 10), CalendarEntryKind.KurbanAit)]);

        Assert.Equal(DayKind.ReligiousHoliday, calendar.Describe(D(2027, 5, 10)).Kind);
        Assert.Equal(D(2027, 5, 9), calendar.Describe(D(2027, 5, 11)).MovedFrom);
    }

    [Fact]
    public void Load_IgnoresAndReportsAddition_WhenItContradictsTheCalendar()
    {
        var bad = Entry(D(2026, 3, 24), CalendarEntryKind.TransferDayOff);
        var calendar = WorkingDayCalendar.Load([bad, Entry(D(2026, 3, 25), CalendarEntryKind.KurbanAit)]);

        Assert.Equal(2, calendar.RejectedAdditions.Count);
        Assert.Contains(calendar.RejectedAdditions, r => r.Entry == bad && r.Errors.Any(e => e.Code == TransferOntoDayOff));
        Assert.Equal(Kz.GetYear(2026).WorkingDays, calendar.GetYear(2026).WorkingDays);
    }

    [Fact]
    public void Load_RefusesSecondHalfAsDuplicate_WhenSameDateIsAddedTwice()
    {
        var calendar = WorkingDayCalendar.Load(
        [
            Entry(D(2027, 1, 8), CalendarEntryKind.TransferDayOff),
            Entry(D(2027, 1, 8), CalendarEntryKind.TransferDayOff),
        ]);

        var rejected = Assert.Single(calendar.RejectedAdditions);
        Assert.Contains(rejected.Errors, e => e.Code == DuplicateDate);
    }
}
