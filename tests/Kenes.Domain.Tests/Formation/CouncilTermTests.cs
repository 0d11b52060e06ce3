using Kenes.Domain.Formation;
using NodaTime;
using static Kenes.Domain.Tests.Support.Shipped;

namespace Kenes.Domain.Tests.Formation;

[Trait("Norm", "R4")]
public class CouncilTermTests
{
    [Theory]
    [InlineData("2026-03-15", "2029-03-14")]
    [InlineData("2026-01-01", "2028-12-31")]
    [InlineData("2027-03-01", "2030-02-28")]
    [InlineData("2024-02-29", "2027-02-27")] // anniversary on 28 Feb in a common year
    public void FromOrder_EndsTheDayBeforeTheThirdAnniversary_WhenOrderIsDated(string orderDate, string ends)
    {
        var term = CouncilTerm.FromOrder(D(orderDate));

        Assert.Equal(D(orderDate), term.Starts);
        Assert.Equal(D(ends), term.Ends);
    }

    [Fact]
    public void WarningFrom_IsNinetyDaysBeforeTheLastDay_WhenTermIsKnown()
    {
        var term = CouncilTerm.FromOrder(D(2026, 3, 15));

        Assert.Equal(D(2028, 12, 14), term.WarningFrom);
        Assert.Equal(90, Period.Between(term.WarningFrom, term.Ends, PeriodUnits.Days).Days);
    }

    [Theory]
    [InlineData("2026-03-14", CouncilPhase.Approved)]
    [InlineData("2026-03-15", CouncilPhase.InOffice)]
    [InlineData("2028-12-13", CouncilPhase.InOffice)]
    [InlineData("2028-12-14", CouncilPhase.TermEnding)]
    [InlineData("2029-03-14", CouncilPhase.TermEnding)]
    [InlineData("2029-03-15", CouncilPhase.TermEnded)]
    public void PhaseOn_FollowsTheTerm_WhenTodayMovesAcrossItsBoundaries(string today, CouncilPhase expected) =>
        Assert.Equal(expected, CouncilLifecycle.PhaseOn(D(today), CouncilTerm.FromOrder(D(2026, 3, 15))));

    [Fact]
    public void PhaseOn_IsForming_WhenNoCompositionIsApproved() =>
        Assert.Equal(CouncilPhase.Forming, CouncilLifecycle.PhaseOn(D(2026, 3, 15), null));

    [Theory]
    [InlineData("2026-03-14", false)]
    [InlineData("2026-03-15", true)]
    [InlineData("2029-03-14", true)]
    [InlineData("2029-03-15", false)]
    public void Contains_IncludesBothEnds_WhenDateIsAtTheBoundary(string date, bool inside) =>
        Assert.Equal(inside, CouncilTerm.FromOrder(D(2026, 3, 15)).Contains(D(date)));
}
