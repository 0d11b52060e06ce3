using Kenes.Domain.Meetings;
using static Kenes.Domain.Tests.Support.Shipped;

namespace Kenes.Domain.Tests.Meetings;

[Trait("Norm", "M12.4")]
public class NoticeDeadlineTests
{
    [Theory]
    [InlineData("2026-03-26", "2026-03-06")] // back over Nauryz 2026 and the moved 8 March
    [InlineData("2025-01-10", "2024-12-24")] // back over 7 Jan, Sun 5 Jan worked, 1–3 Jan off
    [InlineData("2024-05-20", "2024-05-02")] // back over 7–9 May; Sat 4 May worked
    [InlineData("2026-12-14", "2026-11-30")] // ordinary fortnight
    public void LatestNoticeDate_IsTenWorkingDaysBeforeMeeting_WhenWindowHasHolidays(string meeting, string latest)
    {
        var deadline = NoticeDeadline.LatestNoticeDate(Kz, D(meeting));

        Assert.Equal(D(latest), deadline.Date);
        Assert.Equal(-10, deadline.WorkingDays);
        Assert.Equal("M12.4", deadline.Norm.Id);
        Assert.True(deadline.Confirmed);
    }

    [Fact]
    public void LatestNoticeDate_IsProvisional_WhenMeetingIsIn2027()
    {
        var deadline = NoticeDeadline.LatestNoticeDate(Kz, D(2027, 3, 25));

        Assert.Equal(D(2027, 3, 4), deadline.Date); // 8, 15, 22–24 Mar 2027 off
        Assert.False(deadline.Confirmed);
    }

    [Theory]
    [InlineData("2026-03-05", true)]
    [InlineData("2026-03-06", true)] // on the deadline day itself
    [InlineData("2026-03-07", false)] // Saturday after: too late
    [InlineData("2026-03-10", false)]
    public void IsInTime_AcceptsOnOrBeforeDeadline_WhenMeetingIs26March2026(string sentOn, bool expected) =>
        Assert.Equal(expected, NoticeDeadline.IsInTime(Kz, D(2026, 3, 26), D(sentOn)));
}
