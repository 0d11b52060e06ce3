using Kenes.Domain.Formation;
using static Kenes.Domain.Tests.Support.Shipped;

namespace Kenes.Domain.Tests.Formation;

[Trait("Norm", "R10")]
public class ScreeningDeadlineTests
{
    [Theory]
    [InlineData("2026-03-20", "2026-04-01")] // Nauryz 2026: 23–25 Mar off
    [InlineData("2026-03-31", "2026-04-07")]
    [InlineData("2025-03-20", "2025-04-01")] // Nauryz 2025: 21, 24, 25 Mar off
    [InlineData("2024-05-03", "2024-05-14")] // Sat 4 May 2024 worked
    [InlineData("2024-12-30", "2025-01-09")] // New Year 2025 with the transfer
    public void For_EndsOnFifthWorkingDayAfterSubmissionDeadline_WhenWindowHasHolidays(string submissionDeadline, string expected)
    {
        var deadline = ScreeningDeadline.For(Kz, D(submissionDeadline));

        Assert.Equal(D(expected), deadline.Date);
        Assert.Equal("R10", deadline.Norm.Id);
    }

    [Fact]
    public void For_FollowsApplicationWindow_WhenGivenTheWindow()
    {
        var window = ApplicationWindow.For(Kz, D(2026, 3, 19));

        var deadline = ScreeningDeadline.For(Kz, window);

        Assert.Equal(D(2026, 3, 31), deadline.Start);
        Assert.Equal(D(2026, 4, 7), deadline.Date);
    }
}
