using Kenes.Domain.Meetings;

namespace Kenes.Domain.Tests.Meetings;

public class VoteEligibilityTests
{
    [Fact]
    [Trait("Norm", "M9")]
    [Trait("Norm", "M10")]
    public void Check_Accepts_WhenPresentMemberVotesOnceOnOpenItemAtQuorateMeeting() =>
        Assert.Null(VoteEligibility.Check(voterIsMemberInOffice: true, voterIsSecretary: false, present: true, alreadyVoted: false, voteOpen: true, quorate: true));

    [Theory]
    [Trait("Norm", "M9")]
    [Trait("Norm", "M10")]
    [Trait("Norm", "M12")]
    [InlineData(false, true, true, false, true, true, "vote.secretary", "M12")]
    [InlineData(false, false, true, false, true, true, "vote.not_member", "M9")]
    [InlineData(true, false, false, false, true, true, "vote.not_present", "M9")]
    [InlineData(true, false, true, true, true, true, "vote.twice", "M10")]
    [InlineData(true, false, true, false, false, true, "vote.closed", "M10")]
    [InlineData(true, false, true, false, true, false, "vote.inquorate", "M9")]
    public void Check_RefusesWithCodeAndNorm_WhenOneConditionFails(
        bool member, bool secretary, bool present, bool alreadyVoted, bool open, bool quorate, string code, string norm)
    {
        var violation = VoteEligibility.Check(member, secretary, present, alreadyVoted, open, quorate);

        Assert.NotNull(violation);
        Assert.Equal((code, norm, "vote"), (violation.Code, violation.Norm.Id, violation.Field));
        Assert.StartsWith(norm + ": ", violation.Message);
    }

    [Fact]
    [Trait("Norm", "M12")]
    public void Check_NamesTheSecretary_WhenSecretaryWhoIsNoMemberTriesToVote() =>
        Assert.Equal(MeetingViolationCodes.VoteSecretary, VoteEligibility.Check(false, true, false, false, false, false)?.Code);

    [Fact]
    [Trait("Norm", "M10")]
    public void Check_ReportsClosedBeforeTwice_WhenMemberWhoVotedTriesAgainAfterClosing() =>
        Assert.Equal(MeetingViolationCodes.VoteClosed, VoteEligibility.Check(true, false, true, true, false, true)?.Code);
}
