using Kenes.Domain.Meetings;
using static Kenes.Domain.Meetings.Ballot;

namespace Kenes.Domain.Tests.Meetings;

[Trait("Norm", "M10")]
public class VoteRuleTests
{
    private static Ballot[] Ballots(int pro, int contra, int abstain) =>
        [.. Enumerable.Repeat(For, pro), .. Enumerable.Repeat(Against, contra), .. Enumerable.Repeat(Abstain, abstain)];

    [Fact]
    public void Decide_AdoptsByMajority_WhenForOutnumbersAgainst()
    {
        var outcome = VoteRule.Decide(Ballots(4, 3, 2), For);

        Assert.True(outcome.Adopted);
        Assert.Equal(VoteRule.Majority, outcome.DecidedBy);
        Assert.Equal((4, 3, 2), (outcome.For, outcome.Against, outcome.Abstain));
        Assert.Equal("M10", outcome.Norm.Id);
        Assert.Equal("M10: adopted by a majority of votes (4 for, 3 against, 2 abstained).", outcome.Explanation);
    }

    [Fact]
    public void Decide_RejectsByMajority_WhenAgainstOutnumbersForEvenIfPresidingVotedFor()
    {
        var outcome = VoteRule.Decide(Ballots(3, 4, 0), For);

        Assert.False(outcome.Adopted);
        Assert.Equal("majority", outcome.DecidedBy);
        Assert.StartsWith("M10: rejected", outcome.Explanation);
    }

    [Fact]
    public void Decide_AdoptsByMajority_WhenAbstentionsOutnumberBoth()
    {
        var outcome = VoteRule.Decide(Ballots(2, 1, 6), Abstain);

        Assert.True(outcome.Adopted);
        Assert.Equal(VoteRule.Majority, outcome.DecidedBy);
    }

    [Theory]
    [InlineData(For, true)]
    [InlineData(Against, false)]
    [InlineData(Abstain, false)]
    public void Decide_LetsPresidingMemberDecide_WhenForAndAgainstAreTied(Ballot presiding, bool adopted)
    {
        var outcome = VoteRule.Decide(Ballots(3, 3, 1), presiding);

        Assert.Equal(adopted, outcome.Adopted);
        Assert.Equal("presiding_member_tie", outcome.DecidedBy);
        Assert.StartsWith("M10: ", outcome.Explanation);
        Assert.Contains("tied (3 for, 3 against, 1 abstained)", outcome.Explanation);
    }

    [Fact]
    public void Decide_DoesNotAdopt_WhenTiedAndPresidingMemberDidNotVote()
    {
        var outcome = VoteRule.Decide(Ballots(2, 2, 0), null);

        Assert.False(outcome.Adopted);
        Assert.Equal(VoteRule.PresidingMemberTie, outcome.DecidedBy);
        Assert.Contains("did not vote", outcome.Explanation);
    }

    [Fact]
    public void Decide_DoesNotAdopt_WhenNobodyVoted()
    {
        var outcome = VoteRule.Decide([], null);

        Assert.False(outcome.Adopted);
        Assert.Equal((0, 0, 0), (outcome.For, outcome.Against, outcome.Abstain));
    }

    [Fact]
    public void Decide_AdoptsNothing_WhenMeetingIsInquorate()
    {
        var outcome = VoteRule.Decide(Ballots(5, 0, 0), For, quorate: false);

        Assert.False(outcome.Adopted);
        Assert.Equal("no_quorum", outcome.DecidedBy);
        Assert.StartsWith("M10: not adopted because the meeting was not quorate", outcome.Explanation);
    }

    [Fact]
    public void Decide_Throws_WhenPresidingBallotIsNotAmongTheBallots() =>
        Assert.Throws<ArgumentException>(() => VoteRule.Decide(Ballots(0, 2, 0), For));
}
