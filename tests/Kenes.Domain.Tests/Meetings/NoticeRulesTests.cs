using Kenes.Domain.Meetings;
using static Kenes.Domain.Tests.Support.Shipped;

namespace Kenes.Domain.Tests.Meetings;

[Trait("Norm", "M12.4")]
public class NoticeRulesTests
{
    // Meeting Thu 26 Mar 2026: the latest notice date is Fri 6 Mar (back over Nauryz 23–25 Mar and the
    // moved 8 March holiday, Mon 9 Mar).
    private static readonly NodaTime.LocalDate Meeting = D(2026, 3, 26);

    [Theory]
    [InlineData("2026-03-02")]
    [InlineData("2026-03-06")] // the last allowed day
    public void CheckCanSend_Accepts_WhenSentOnOrBeforeLatestNoticeDate(string today) =>
        Assert.Null(NoticeRules.CheckCanSend(Kz, Meeting, D(today), agendaItems: 2, lateReason: null));

    [Theory]
    [InlineData("2026-03-07")] // the day after (Saturday)
    [InlineData("2026-03-09")] // the moved 8 March holiday
    [InlineData("2026-03-26")] // the meeting day itself
    public void CheckCanSend_ReportsTooLate_WhenSentAfterLatestNoticeDateWithoutReason(string today)
    {
        var violation = NoticeRules.CheckCanSend(Kz, Meeting, D(today), 2, lateReason: "   late   ");

        Assert.NotNull(violation);
        Assert.Equal(("M12.4", "lateReason", "notice.too_late"), (violation.Norm.Id, violation.Field, violation.Code));
        Assert.StartsWith("M12.4: the latest notice date was 2026-03-06", violation.Message);
        Assert.True(NoticeRules.IsLate(Kz, Meeting, D(today)));
    }

    [Fact]
    public void CheckCanSend_Accepts_WhenLateButReasonHasTenCharacters()
    {
        Assert.Null(NoticeRules.CheckCanSend(Kz, Meeting, D(2026, 3, 10), 1, "Urgent 123"));
        Assert.Equal("notice.too_late", NoticeRules.CheckCanSend(Kz, Meeting, D(2026, 3, 10), 1, "Urgent 12")?.Code);
    }

    [Fact]
    public void IsLate_IsFalse_WhenSentOnLatestNoticeDate() =>
        Assert.False(NoticeRules.IsLate(Kz, Meeting, D(2026, 3, 6)));

    [Fact]
    public void CheckCanSend_ReportsAgendaRequired_WhenAgendaIsEmpty()
    {
        var violation = NoticeRules.CheckCanSend(Kz, Meeting, D(2026, 3, 2), 0, null);

        Assert.Equal(("agenda", "notice.agenda_required"), (violation?.Field, violation?.Code));
    }

    [Fact]
    public void CheckCanSend_ReportsMeetingPast_WhenMeetingWasYesterdayEvenWithReason()
    {
        var violation = NoticeRules.CheckCanSend(Kz, Meeting, D(2026, 3, 27), 2, "Forgot to send it in time");

        Assert.Equal(("date", "notice.meeting_past"), (violation?.Field, violation?.Code));
    }
}
