using Kenes.Domain.Meetings;

namespace Kenes.Domain.Tests.Meetings;

[Trait("Norm", "M9")]
public class QuorumRuleTests
{
    [Theory]
    [InlineData(10, 7)]
    [InlineData(9, 6)]
    [InlineData(11, 8)]
    [InlineData(12, 8)]
    [InlineData(3, 2)]
    [InlineData(2, 2)]
    [InlineData(1, 1)]
    [InlineData(50, 34)]
    public void Evaluate_RequiresTwoThirdsRoundedUp_WhenMembersInOfficeIs(int inOffice, int required)
    {
        var atQuorum = QuorumRule.Evaluate(inOffice, required);
        var belowQuorum = QuorumRule.Evaluate(inOffice, required - 1);

        Assert.Equal(required, atQuorum.Required);
        Assert.True(atQuorum.Quorate);
        Assert.False(belowQuorum.Quorate);
        Assert.Equal("M9", atQuorum.Norm.Id);
    }

    [Fact]
    public void Evaluate_IsNotQuorate_WhenNoMembersAreInOffice()
    {
        var result = QuorumRule.Evaluate(0, 0);

        Assert.Equal(0, result.Required);
        Assert.False(result.Quorate);
    }

    [Fact]
    public void Evaluate_CarriesTheFigures_WhenSevenOfTenArePresent()
    {
        var result = QuorumRule.Evaluate(10, 7);

        Assert.Equal((10, 7, 7, true), (result.MembersInOffice, result.Present, result.Required, result.Quorate));
        Assert.Equal("M9: quorum met: 7 of 10 present, 7 needed (⌈2/3 × 10⌉).", result.Explain());
    }

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(10, -1)]
    [InlineData(10, 11)]
    public void Evaluate_Throws_WhenFiguresAreImpossible(int inOffice, int present) =>
        Assert.ThrowsAny<ArgumentException>(() => QuorumRule.Evaluate(inOffice, present));
}
