using Kenes.Domain.Meetings;
using static Kenes.Domain.Tests.Support.Shipped;

namespace Kenes.Domain.Tests.Meetings;

[Trait("Norm", "M12.5")]
public class MinutesDistributionDeadlineTests
{
    [Theory]
    [InlineData("2026-03-20", "2026-03-30")] // Nauryz 2026: 23–25 Mar off
    [InlineData("2024-12-31", "2025-01-08")] // Sun 5 Jan 2025 worked; 1–3 and 7 Jan off
    [InlineData("2024-06-13", "2024-06-18")] // Kurban Ait 2024 on Sunday 16 Jun: Monday 17 stays working
    [InlineData("2024-05-06", "2024-05-14")] // 7–9 May 2024 off
    [InlineData("2026-11-24", "2026-11-27")]
    public void For_IsThirdWorkingDayAfterSigning_WhenWindowHasHolidays(string signed, string expected)
    {
        var deadline = MinutesDistributionDeadline.For(Kz, D(signed));

        Assert.Equal(D(expected), deadline.Date);
        Assert.Equal("M12.5", deadline.Norm.Id);
        Assert.Equal(D(signed), deadline.Start);
    }
}
