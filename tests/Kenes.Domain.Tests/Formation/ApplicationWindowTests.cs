using Kenes.Domain.Calendar;
using Kenes.Domain.Formation;
using static Kenes.Domain.Tests.Support.Shipped;

namespace Kenes.Domain.Tests.Formation;

[Trait("Norm", "R8")]
public class ApplicationWindowTests
{
    [Theory]
    [InlineData("2026-03-19", "2026-03-31")] // Nauryz 2026: 21–25 Mar off
    [InlineData("2026-03-04", "2026-03-12")] // 8 Mar 2026 (Sunday) moved to Mon 9
    [InlineData("2025-03-19", "2025-03-31")] // Nauryz 2025: 21, 24, 25 Mar off
    [InlineData("2025-03-05", "2025-03-13")] // 8 Mar 2025 (Saturday) moved to Mon 10
    [InlineData("2024-05-02", "2024-05-13")] // Sat 4 May worked; 7, 8 (transfer), 9 May off
    [InlineData("2024-12-27", "2025-01-08")] // New Year 2025: Fri 3 Jan off, Sun 5 Jan worked, 7 Jan off
    [InlineData("2026-11-24", "2026-12-01")] // ordinary week, for contrast
    public void For_ClosesOnFifthWorkingDayAfterPublication_WhenWindowHasHolidays(string published, string closes)
    {
        var window = ApplicationWindow.For(Kz, D(published));

        Assert.Equal(D(published).PlusDays(1), window.Opens);
        Assert.Equal(D(closes), window.Closes.Date);
        Assert.Equal("R8", window.Closes.Norm.Id);
        Assert.True(window.Closes.Confirmed);
    }

    [Fact]
    public void For_IsProvisional_WhenWindowFallsIn2027()
    {
        var window = ApplicationWindow.For(Kz, D(2027, 3, 10));

        Assert.Equal(D(2027, 3, 18), window.Closes.Date); // 15 Mar 2027 Constitution Day
        Assert.False(window.Closes.Confirmed);
        Assert.Contains("Provisional", window.Closes.Explain());
    }

    [Fact]
    public void For_ExplainsStartNormAndSkippedDays_WhenNauryzIsInside()
    {
        var closes = ApplicationWindow.For(Kz, D(2026, 3, 19)).Closes;

        Assert.Equal(D(2026, 3, 19), closes.Start);
        Assert.Equal(5, closes.WorkingDays);
        Assert.Equal(
            [D(2026, 3, 21), D(2026, 3, 22), D(2026, 3, 23), D(2026, 3, 24), D(2026, 3, 25), D(2026, 3, 28), D(2026, 3, 29)],
            closes.Skipped.Select(s => s.Date));
        Assert.Equal(DayKind.MovedHoliday, closes.Skipped[3].Kind);
        Assert.StartsWith("Interpretation:", closes.Interpretation);
        Assert.Contains("2026-03-24 (Nauryz (day off moved from 21 Mar 2026))", closes.Explain());
    }

    [Theory]
    [InlineData("2026-03-19", SubmissionTiming.Early)] // the publication day itself
    [InlineData("2026-03-20", SubmissionTiming.OnTime)]
    [InlineData("2026-03-22", SubmissionTiming.OnTime)] // e-mail on a Sunday
    [InlineData("2026-03-31", SubmissionTiming.OnTime)] // the whole last day is inside
    [InlineData("2026-04-01", SubmissionTiming.Late)]
    public void Classify_MarksTiming_WhenReceivedAroundTheWindow(string received, SubmissionTiming expected) =>
        Assert.Equal(expected, ApplicationWindow.For(Kz, D(2026, 3, 19)).Classify(D(received)));
}
