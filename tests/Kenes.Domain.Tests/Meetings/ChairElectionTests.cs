using Kenes.Domain.Meetings;

namespace Kenes.Domain.Tests.Meetings;

[Trait("Norm", "M7")]
public class ChairElectionTests
{
    private static readonly Guid A = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid B = Guid.Parse("00000000-0000-0000-0000-00000000000b");
    private static readonly Guid C = Guid.Parse("00000000-0000-0000-0000-00000000000c");

    [Fact]
    public void Decide_ElectsCandidate_WhenTheyHaveAMajorityOfVotesCast()
    {
        var (elected, explanation) = ChairElection.Decide(new Dictionary<Guid, int> { [A] = 4, [B] = 3 }, 8);

        Assert.Equal(A, elected);
        Assert.Equal("M7: the chair is elected with 4 of 7 votes cast, a majority (8 members present).", explanation);
    }

    [Fact]
    public void Decide_ElectsSoleCandidate_WhenTheyHaveEveryVote()
    {
        var (elected, _) = ChairElection.Decide(new Dictionary<Guid, int> { [A] = 7 }, 7);

        Assert.Equal(A, elected);
    }

    [Fact]
    public void Decide_ElectsNobody_WhenLeadersAreTied()
    {
        var (elected, explanation) = ChairElection.Decide(new Dictionary<Guid, int> { [A] = 4, [B] = 4 }, 8);

        Assert.Null(elected);
        Assert.Contains("tied", explanation);
        Assert.Contains("second round", explanation);
    }

    [Fact]
    public void Decide_ElectsNobody_WhenLeaderHasOnlyAPlurality()
    {
        var (elected, explanation) = ChairElection.Decide(new Dictionary<Guid, int> { [A] = 4, [B] = 3, [C] = 2 }, 9);

        Assert.Null(elected);
        Assert.Contains("4 of 9 votes cast, not a majority", explanation);
    }

    [Fact]
    public void Decide_ElectsNobody_WhenNoVotesAreCast()
    {
        var (elected, explanation) = ChairElection.Decide(new Dictionary<Guid, int>(), 7);

        Assert.Null(elected);
        Assert.StartsWith("M7: ", explanation);
    }

    [Fact]
    public void Decide_Throws_WhenMoreVotesThanMembersPresent() =>
        Assert.Throws<ArgumentException>(() => ChairElection.Decide(new Dictionary<Guid, int> { [A] = 5, [B] = 3 }, 7));
}
