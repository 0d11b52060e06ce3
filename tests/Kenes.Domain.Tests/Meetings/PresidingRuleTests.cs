using Kenes.Domain.Meetings;

namespace Kenes.Domain.Tests.Meetings;

[Trait("Norm", "M7")]
public class PresidingRuleTests
{
    private static readonly Guid Chair = Guid.Parse("00000000-0000-0000-0000-0000000000c1");
    private static readonly Guid Deputy = Guid.Parse("00000000-0000-0000-0000-0000000000d1");
    private static readonly Guid Other = Guid.Parse("00000000-0000-0000-0000-0000000000e1");

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Decide_ChairPresides_WhenChairIsPresent(bool deputyPresent)
    {
        var result = PresidingRule.Decide(Chair, true, Deputy, deputyPresent, Other);

        Assert.Equal((Chair, PresidingRole.Chair, false), (result.PresidingMemberId, result.Role, result.Deviation));
        Assert.Equal("M7", result.Norm.Id);
    }

    [Fact]
    public void Decide_DeputyPresidesWithoutDeviation_WhenChairIsAbsent()
    {
        var result = PresidingRule.Decide(Chair, false, Deputy, true, Other);

        Assert.Equal((Deputy, PresidingRole.DeputyChair, false), (result.PresidingMemberId, result.Role, result.Deviation));
        Assert.Equal("M7: the chair is absent, so the deputy chair replaces the chair and presides.", result.Explanation);
    }

    [Fact]
    public void Decide_DeputyPresidesOverElection_WhenNoChairIsElectedYet()
    {
        var result = PresidingRule.Decide(null, false, Deputy, true, null);

        Assert.Equal((Deputy, PresidingRole.DeputyChair, false), (result.PresidingMemberId, result.Role, result.Deviation));
        Assert.Contains("no chair has been elected yet", result.Explanation);
    }

    [Fact]
    public void Decide_ChosenMemberPresidesAsDeviation_WhenChairAndDeputyAreAbsent()
    {
        var result = PresidingRule.Decide(Chair, false, Deputy, false, Other);

        Assert.Equal((Other, PresidingRole.Other, true), (result.PresidingMemberId, result.Role, result.Deviation));
        Assert.StartsWith("M7: the chair is absent and the deputy chair is absent;", result.Explanation);
    }

    [Fact]
    public void Decide_NobodyPresidesAsDeviation_WhenChairAndDeputyAreAbsentAndNoneIsChosen()
    {
        var result = PresidingRule.Decide(Chair, false, Deputy, false, null);

        Assert.Null(result.PresidingMemberId);
        Assert.True(result.Deviation);
    }

    [Fact]
    public void Decide_ChosenMemberPresidesAsDeviation_WhenNoChairIsElectedAndDeputyIsAbsent()
    {
        var result = PresidingRule.Decide(null, false, Deputy, false, Other);

        Assert.Equal((Other, PresidingRole.Other, true), (result.PresidingMemberId, result.Role, result.Deviation));
    }
}
