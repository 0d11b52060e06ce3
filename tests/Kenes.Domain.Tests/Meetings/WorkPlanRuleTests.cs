using Kenes.Domain.Meetings;
using static Kenes.Domain.Tests.Support.Shipped;

namespace Kenes.Domain.Tests.Meetings;

[Trait("Norm", "M9")]
public class WorkPlanRuleTests
{
    [Fact]
    public void Months_ListsEveryCalendarMonthIncludingPartialOnes_WhenTermStartsMidMonth()
    {
        var months = WorkPlanRule.Months(D(2026, 3, 15), D(2026, 6, 2), [D(2026, 3, 31), D(2026, 5, 12)]);

        Assert.Equal(
            [new(2026, 3, true), new(2026, 4, false), new(2026, 5, true), new(2026, 6, false)],
            months);
    }

    [Fact]
    public void Gaps_ListsPartialFirstMonth_WhenItsOnlyMeetingIsBeforeTheTermStarts()
    {
        // 10 March is in March but before the term, so March (15–31) has no meeting of this composition.
        var gaps = WorkPlanRule.Gaps(D(2026, 3, 15), D(2026, 5, 31), [D(2026, 3, 10), D(2026, 4, 20), D(2026, 5, 20)]);

        Assert.Equal([new PlannedMonth(2026, 3, false)], gaps);
    }

    [Fact]
    public void Gaps_ListsNothing_WhenEveryMonthOfAThreeYearTermHasAMeeting()
    {
        var gaps = WorkPlanRule.Gaps(D(2026, 3, 15), D(2029, 3, 14),
            [D(2026, 3, 20), .. Enumerable.Range(0, 36).Select(i => D(2026, 4, 1).PlusMonths(i))]);

        Assert.Empty(gaps);
        Assert.Equal(37, WorkPlanRule.Months(D(2026, 3, 15), D(2029, 3, 14), []).Count);
    }

    [Fact]
    public void Gaps_CrossesTheYear_WhenTermSpansDecemberAndJanuary()
    {
        var gaps = WorkPlanRule.Gaps(D(2026, 12, 1), D(2027, 2, 28), [D(2026, 12, 20), D(2026, 12, 27), D(2027, 2, 5)]);

        Assert.Equal([new PlannedMonth(2027, 1, false)], gaps);
    }

    [Fact]
    public void Months_HasOneMonth_WhenTermIsOneDay() =>
        Assert.Equal([new PlannedMonth(2026, 7, false)], WorkPlanRule.Months(D(2026, 7, 6), D(2026, 7, 6), []));

    [Fact]
    public void Months_Throws_WhenTermEndsBeforeItStarts() =>
        Assert.Throws<ArgumentException>(() => WorkPlanRule.Months(D(2026, 7, 6), D(2026, 7, 5), []));

    [Fact]
    public void Gaps_ListsPartialLastMonth_WhenTermEndsBeforeThatMonthsMeeting()
    {
        // The term ends on 14 March 2029; a meeting on 20 March belongs to the next composition.
        var gaps = WorkPlanRule.Gaps(D(2029, 1, 1), D(2029, 3, 14), [D(2029, 1, 15), D(2029, 2, 16), D(2029, 3, 20)]);

        Assert.Equal([new PlannedMonth(2029, 3, false)], gaps);
    }
}
